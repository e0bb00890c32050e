import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "X did A on Monday as Y did B": a clause of "as" or "while" tells what happened at the same time, so the one
// date in the sentence dates both events, whichever clause holds it. Published Monday 7 July 2025. The
// sentences are the team's own.
type Row = [sentence: string, type: string, date: string];

describe('an event in an as- or while-clause shares the day of the clause beside it', () => {
  it.each<Row>([
    // the date in the main clause dates the as-clause
    [
      'Pakistan shelled Indian posts on Thursday while India recalled its envoy from Islamabad.',
      'SANCTION',
      '2025-07-03',
    ],
    [
      'Azerbaijani troops shelled Armenian positions on Friday as Yerevan appealed to Moscow for help.',
      'REQUEST',
      '2025-07-04',
    ],
    // and the date in the as-clause dates the main clause
    ['Russia fired missiles at Kharkiv as Zelensky met Macron in Paris on Wednesday.', 'ASSAULT', '2025-07-02'],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });
});
