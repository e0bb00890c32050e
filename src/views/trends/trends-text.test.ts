import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../selectors/bundle-index.ts';
import type { Trends } from '../../selectors/trends.ts';
import { describeTrends, outsideNote, undatedNote } from './trends-text.ts';

const monday = dayNumber('2025-07-07');
const trends = (over: Partial<Trends> = {}): Trends => ({
  binDays: 7,
  bins: [
    { day: monday, counts: [2, 0, 1, 0], total: 3 },
    { day: monday + 7, counts: [1, 1, 0, 4], total: 6 },
  ],
  extent: [monday, monday + 9],
  total: 9,
  undated: 0,
  outside: 0,
  ...over,
});

describe('describeTrends', () => {
  it('names the bin, the span, the total and the busiest bin, without the words a From/To label search would hit', () => {
    const text = describeTrends(trends());
    expect(text).toBe(
      'Events per week by quad class, 7 Jul 2025 – 20 Jul 2025: 9 with a stated date; busiest week starting 14 Jul 2025: 6. Dragging across it sets the date filter.',
    );
    expect(text).not.toMatch(/\b(from|to)\b/i);
  });

  it('says per day for daily bins', () => {
    expect(
      describeTrends(trends({ binDays: 1, bins: [{ day: monday, counts: [1, 0, 0, 0], total: 1 }], total: 1 })),
    ).toMatch(/^Events per day by quad class, 7 Jul 2025: 1 with a stated date; busiest day starting 7 Jul 2025: 1\./);
  });
});

describe('undatedNote', () => {
  it('says how many events are left off the chart, and nothing when none is', () => {
    expect(undatedNote(0)).toBeNull();
    expect(undatedNote(1)).toBe('1 matching event has no stated date and is not on this chart.');
    expect(undatedNote(45)).toBe('45 matching events have no stated date and are not on this chart.');
  });
});

describe('outsideNote', () => {
  it('says how many dated events a zoomed chart leaves out, and nothing when none', () => {
    expect(outsideNote(0)).toBeNull();
    expect(outsideNote(1)).toBe('1 matching event with a stated date lies beyond the days shown.');
    expect(outsideNote(2)).toBe('2 matching events with a stated date lie beyond the days shown.');
  });
});
