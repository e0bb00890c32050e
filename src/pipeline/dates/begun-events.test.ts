import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "Clashes ..., which erupted on Friday, spread ...": a relative clause that tells when an event noun began
// dates the event from its start, in the past, whatever the main clause says later. Published Monday
// 7 July 2025. The sentences are the team's own.
type Row = [sentence: string, type: string, date: string, precision: string];

describe('an event noun is dated by the relative clause that tells its start', () => {
  it.each<Row>([
    [
      'Clashes between Thai and Cambodian troops, which erupted on Friday, spread to three provinces.',
      'ASSAULT',
      '2025-07-04',
      'day',
    ],
    ['The strikes on Houthi ports, which began last week, continued on Monday.', 'ASSAULT', '2025-06-30', 'week'],
    [
      'Talks between Belgrade and Pristina that opened on Thursday in Brussels ended without a deal.',
      'CONSULT',
      '2025-07-03',
      'day',
    ],
    [
      'Shelling of Armenian villages, which had started on Saturday, went on through the night, officials said on Monday.',
      'ASSAULT',
      '2025-07-05',
      'day',
    ],
  ])('%s: %s on %s', (sentence, type, date, precision) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision });
  });
});

describe('a relative clause that tells no start leaves the event alone', () => {
  it('"which Kyiv condemned on Friday" is the condemnation\'s day, not the strikes\'', () => {
    const sentence = 'The Russian strikes on Odesa, which Kyiv condemned on Friday, continued on Monday.';
    expect(dayOf(sentence, 'ASSAULT').date).not.toBe('2025-07-04');
    expect(dayOf(sentence, 'ACCUSE')).toEqual({ date: '2025-07-04', precision: 'day' });
  });
});
