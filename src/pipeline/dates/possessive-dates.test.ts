import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A date in the possessive ("Sunday's strike", "last week's talks") dates the event noun it determines, not the
// verb whose object that noun is: the condemnation of Sunday's strike is not told to be on Sunday. Published on
// Wednesday 2025-06-18. The sentences are the team's own.
const PUBLISHED = '2025-06-18';
const dated = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.date}/${e.datePrecision}`);

describe('a date in the possessive', () => {
  it('dates the event noun it determines', () => {
    expect(dated("Ukraine condemned Sunday's Russian drone attack on Odesa.", 'ASSAULT')).toEqual(['2025-06-15/day']);
    expect(dated("Kenya welcomed last week's meeting between Ruto and Museveni.", 'CONSULT')).toEqual([
      '2025-06-09/week',
    ]);
  });

  it('does not date the verb whose object the noun is', () => {
    expect(dated("Ukraine condemned Sunday's Russian drone attack on Odesa.", 'ACCUSE')).toEqual([
      '2025-06-18/unknown',
    ]);
    expect(dated("Sudan's army blamed the RSF for Saturday's drone attack on Port Sudan.", 'ACCUSE')).toEqual([
      '2025-06-18/unknown',
    ]);
    expect(dated("Kenya welcomed last week's meeting between Ruto and Museveni.", 'SUPPORT')).toEqual([
      '2025-06-18/unknown',
    ]);
  });

  it('still dates the noun when it heads the subject', () => {
    expect(dated("Sunday's shelling of Kharkiv by Russian forces killed nine people.", 'ASSAULT')).toContain(
      '2025-06-15/day',
    );
  });
});
