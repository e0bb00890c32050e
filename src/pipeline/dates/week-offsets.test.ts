import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "a week earlier", "two weeks later": counted, like "a day earlier", from the sentence's own day, the one before
// it or else the one after it (a relative clause before the main clause's date), and given as the week it falls
// in. Published Thursday 10 July 2025. The sentences are the team's own.
const THURSDAY = '2025-07-10';

const dateOf = (sentence: string, trigger: string) => {
  const event = eventsOf(sentence, THURSDAY).find((e) => e.trigger.text.startsWith(trigger));
  expect(event, `no "${trigger}" event in "${sentence}"`).toBeDefined();
  return { date: event!.date, precision: event!.datePrecision };
};

describe("a distance in weeks from the sentence's day dates the week it lands in", () => {
  it.each([
    // Tuesday 8 July, a week earlier: Tuesday 1 July, in the week from Monday 30 June
    [
      'Washington, which had halted intelligence sharing with Kyiv a week earlier, said on Tuesday it would share it again.',
      'halted',
      '2025-06-30',
    ],
    // Monday 7 July, two weeks earlier: Monday 23 June
    [
      'Niger expelled the French ambassador on Monday, after Paris had suspended its aid two weeks earlier.',
      'suspended',
      '2025-06-23',
    ],
  ])('%s', (sentence, trigger, date) => {
    expect(dateOf(sentence, trigger)).toEqual({ date, precision: 'week' });
  });
});

describe('a distance opening the sentence still counts from the day the article last named', () => {
  it('"A day earlier, ..." after a sentence about Monday is Sunday', () => {
    const text = 'Russia struck Kyiv on Monday. A day earlier, Ukraine hit a refinery in Ryazan.';
    const hit = eventsOf(text, THURSDAY).find((e) => e.trigger.text.startsWith('hit'));
    expect({ date: hit?.date, precision: hit?.datePrecision }).toEqual({ date: '2025-07-06', precision: 'day' });
  });
});
