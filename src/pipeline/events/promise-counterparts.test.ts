import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A promise naming no counterpart is made to the party its promised act is done to (promise-targets.ts). When the
// act finds that party only elsewhere in the sentence ("agreed to withdraw, two days after Congolese troops
// attacked": the sentence's other side), the promise is made to it too. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('a promise whose act takes the other side of its sentence', () => {
  it('is made to that side', () => {
    const events = typed(
      'M23 rebels agreed on Sunday to withdraw, two days after Congolese troops launched a counter-offensive.',
    );
    expect(events).toContainEqual(['AGREE', ['m23'], ['cod'], 'occurred']);
    expect(events).toContainEqual(['RETREAT', ['m23'], ['cod'], 'planned']);
  });

  it('is made to the side the act names itself, first', () => {
    expect(typed('Russia agreed on Tuesday to halt strikes on Ukrainian power plants.')).toContainEqual([
      'AGREE',
      ['rus'],
      ['ukr'],
      'occurred',
    ]);
  });

  it('stays without a counterpart when the sentence names no other side', () => {
    expect(typed('Hamas agreed on Friday to release the hostages.')).toContainEqual([
      'AGREE',
      ['hamas'],
      [],
      'occurred',
    ]);
  });
});
