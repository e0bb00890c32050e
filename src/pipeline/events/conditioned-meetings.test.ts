import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A meeting one party would join on a condition another must meet is a hypothetical meeting with that other party.
// Each sentence is the team's own.
const meetings = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'CONSULT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('a meeting on a condition', () => {
  it('is held with the party the condition waits on', () => {
    expect(meetings('The M23 said it would join talks in Doha only if Kinshasa freed its fighters.')).toEqual([
      'm23>cod hypothetical',
    ]);
    expect(meetings('The Houthis would attend the talks only if Riyadh lifted the blockade.')).toEqual([
      'houthis>sau hypothetical',
    ]);
  });

  it('is no meeting with a party of its own side', () => {
    expect(meetings('Ruto would attend the talks only if Kenya’s parliament approved them.')).toEqual([]);
  });
});
