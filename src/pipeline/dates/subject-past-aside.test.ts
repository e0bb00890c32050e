import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "The strikes on Odesa, which Kyiv condemned on Friday, continued on Monday": an event noun is the subject of
// the verb after a relative clause set off by commas, so that verb's date is the event's; the date inside the
// aside stays with the aside's own verb. Published Monday 7 July 2025. The sentences are the team's own.
type Row = [sentence: string, type: string, date: string];

describe('an event noun takes the date of its verb past a relative aside', () => {
  it.each<Row>([
    ['The Russian strikes on Odesa, which Kyiv condemned on Friday, continued on Monday.', 'ASSAULT', '2025-07-07'],
    ['Talks between Riyadh and Tehran, which China hosted, ended on Sunday.', 'CONSULT', '2025-07-06'],
    [
      'The Indian strikes on Pakistani bases, which New Delhi called measured, began on Wednesday.',
      'ASSAULT',
      '2025-07-02',
    ],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });

  it("keeps the aside's date for the aside's verb", () => {
    const sentence = 'The Russian strikes on Odesa, which Kyiv condemned on Friday, continued on Monday.';
    expect(dayOf(sentence, 'ACCUSE')).toEqual({ date: '2025-07-04', precision: 'day' });
  });
});
