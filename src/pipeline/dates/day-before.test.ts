import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "the day before" closing a clause is "the previous day": counted from the day the article named last. Before a
// noun ("the day before the talks") it relates to that event instead. Published on Thursday 2025-07-10. The
// sentences are the team's own.
const THURSDAY = '2025-07-10';
const datesOf = (text: string, source: string) =>
  eventsOf(text, THURSDAY)
    .filter((e) => e.type === 'ASSAULT' && e.source.includes(source))
    .map((e) => `${e.date}/${e.datePrecision}`);

describe('"the day before"', () => {
  it('closing a clause is the day before the one named last', () => {
    const text =
      'Armenia shelled Azerbaijani posts on Wednesday. Azerbaijan had shelled Armenian villages the day before.';
    expect(datesOf(text, 'aze')).toEqual(['2025-07-08/day']);
  });

  it('before a noun is no day of its own', () => {
    const text =
      'Armenia shelled Azerbaijani posts on Wednesday. Azerbaijan shelled Armenian villages the day before the talks.';
    expect(datesOf(text, 'aze')).not.toEqual(['2025-07-08/day']);
  });
});
