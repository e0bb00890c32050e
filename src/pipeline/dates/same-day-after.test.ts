import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "shortly after X on Thursday", "hours after X on Friday": an event that close to another took place on its
// day, while "three days after X on Wednesday" dates X only. Published Monday 7 July 2025. The sentences are
// the team's own.
const MONDAY = '2025-07-07';

type Row = [sentence: string, type: string, date: string];

const dayOf = (sentence: string, type: string) => {
  const event = eventsOf(sentence, MONDAY).find((e) => e.type === type);
  expect(event, `no ${type} event`).toBeDefined();
  return { date: event!.date, precision: event!.datePrecision };
};

describe('an event shortly after another dated one shares its day', () => {
  it.each<Row>([
    [
      'Venezuelan police detained Maria Corina Machado briefly after a rally in Caracas on Thursday.',
      'COERCE',
      '2025-07-03',
    ],
    [
      'Police arrested dozens of protesters in Tbilisi hours after the election results on Saturday.',
      'COERCE',
      '2025-07-05',
    ],
    ['Israel struck Beirut shortly after a Hezbollah rocket attack on Sunday.', 'ASSAULT', '2025-07-06'],
    ['Pakistan shelled Indian posts in Kashmir soon after the Indian strikes on Wednesday.', 'ASSAULT', '2025-07-02'],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });
});

describe('a distance of days still dates only the other event', () => {
  it('"three days after ... on Wednesday" does not date the truce on Wednesday', () => {
    const sentence =
      'India and Pakistan agreed a truce on Saturday, three days after the first Indian strikes on Wednesday.';
    expect(dayOf(sentence, 'AGREE')).toEqual({ date: '2025-07-05', precision: 'day' });
  });
});
