import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "X clashed for a third night, officials said on Sunday": an act counted in days up to the report runs to the
// day of saying, so that day dates it; an act told without such a count keeps no date from the saying.
// Published Monday 7 July 2025. The sentences are the team's own.
type Row = [sentence: string, type: string, date: string];

describe('an act counted in days up to a dated saying takes the day of saying', () => {
  it.each<Row>([
    [
      'Israeli troops and Hezbollah fighters exchanged fire across the border for a second day, the Lebanese army said on Tuesday.',
      'ASSAULT',
      '2025-07-01',
    ],
    [
      "Sudan's army shelled RSF positions in El Fasher for a third day running, residents said on Thursday.",
      'ASSAULT',
      '2025-07-03',
    ],
    [
      'Armenian and Azerbaijani troops clashed on the border for a fourth consecutive night, Yerevan said on Friday.',
      'ASSAULT',
      '2025-07-04',
    ],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });
});

describe('an act told without a count of days is not dated by the saying', () => {
  it('"clashed on the border, Yerevan said on Friday" leaves the clash undated', () => {
    const sentence = 'Armenian and Azerbaijani troops clashed on the border, Yerevan said on Friday.';
    expect(dayOf(sentence, 'ASSAULT').precision).toBe('unknown');
  });
});
