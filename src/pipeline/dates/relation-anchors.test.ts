import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "agreed to disarm on Wednesday, a day after ...": a date measured at once against an earlier event is the day
// of the reported act, so the verb that governs the infinitive takes it, in the past; without such a measure
// "agreed to meet on Friday" dates only the meeting. Published Monday 7 July 2025. The sentences are the team's own.
describe('a date measured against an earlier event dates the governing verb', () => {
  it.each([
    [
      'Rebels in Cabo Delgado agreed to lay down arms on Wednesday, a day after Rwandan troops launched an offensive.',
      '2025-07-02',
    ],
    [
      'Hamas agreed to release four hostages on Saturday, two days after Israel halted its strikes on Gaza.',
      '2025-07-05',
    ],
  ])('%s', (sentence, date) => {
    expect(dayOf(sentence, 'AGREE')).toEqual({ date, precision: 'day' });
  });
});

describe('without such a measure the infinitive keeps the date to itself', () => {
  it('"agreed to meet on Friday" leaves the agreement undated', () => {
    expect(dayOf('Putin and Trump agreed to meet on Friday.', 'AGREE').precision).toBe('unknown');
  });
});
