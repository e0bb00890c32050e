import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "fired first", "fired the first shots": who opened fire in a clash, the question each side's denial answers.
// A denied act with no target of its own takes the other side the sentence names (sentence-counterpart.ts), never
// one the sentence does not name. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('firing first', () => {
  it('is an attack, denied when the shooter denies it, on the other side the sentence names', () => {
    expect(typed('Kyiv denied firing first, blaming Russian troops for the clash.')).toContainEqual([
      'ASSAULT',
      ['ukr'],
      ['rus'],
      'denied',
    ]);
    expect(
      typed('Delhi denied that Indian soldiers fired the first shots and said Chinese troops had crossed the line.'),
    ).toContainEqual(['ASSAULT', ['ind-military'], ['chn'], 'denied']);
    expect(typed('Hezbollah denied firing shots first at Israeli positions.')).toContainEqual([
      'ASSAULT',
      ['hezbollah'],
      ['isr'],
      'denied',
    ]);
  });

  it('is an attack on the speaker when the speaker says the other side fired first', () => {
    expect(typed('Pakistan said Indian troops had fired first.')).toContainEqual([
      'ASSAULT',
      ['ind-military'],
      ['pak'],
      'occurred',
    ]);
  });

  it('takes no target the sentence does not name', () => {
    expect(typed('Beijing denied that its troops fired first.')).toEqual([['ASSAULT', ['chn'], [], 'denied']]);
  });
});
