import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../selectors/bundle-index.ts';
import type { Trends } from '../../selectors/trends.ts';
import { brushToBinDays, dayTicks, daysToBrush, layoutTrends } from './trends-layout.ts';

const monday = dayNumber('2025-07-07');
const trends: Trends = {
  binDays: 7,
  bins: [
    { day: monday, counts: [2, 0, 1, 0], total: 3 },
    { day: monday + 7, counts: [0, 0, 0, 0], total: 0 },
    { day: monday + 14, counts: [1, 1, 0, 4], total: 6 },
  ],
  extent: [monday, monday + 16],
  total: 9,
  undated: 2,
  outside: 0,
};

describe('layoutTrends', () => {
  const layout = layoutTrends(trends, 300, 100);

  it('stacks one path per quad class, each carrying its count, with the tallest bin reaching the top', () => {
    expect(layout.layers.map((l) => l.count)).toEqual([3, 1, 1, 4]);
    expect(layout.layers.reduce((n, l) => n + l.count, 0)).toBe(trends.total);
    expect(layout.y(6)).toBeCloseTo(0);
    expect(layout.y(0)).toBe(100);
  });

  it('leaves a quad without events in a bin out of its path', () => {
    expect(layout.layers[1]!.d.match(/M/g)).toHaveLength(1);
    expect(layout.layers[3]!.d.match(/M/g)).toHaveLength(1);
    expect(layout.layers[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it('spans the bins from the first Monday to the end of the last week', () => {
    expect(layout.x(monday)).toBe(0);
    expect(layout.x(monday + 21)).toBe(300);
  });
});

describe('brush and days', () => {
  const { x } = layoutTrends(trends, 300, 100);

  it('snaps a brush to whole bins and round-trips', () => {
    expect(brushToBinDays([10, 190], x, monday, 7)).toEqual([monday, monday + 13]);
    expect(daysToBrush([monday, monday + 13], x)).toEqual([0, 200]);
    expect(brushToBinDays(daysToBrush([monday + 7, monday + 20], x), x, monday, 7)).toEqual([monday + 7, monday + 20]);
  });

  it('never gives an empty range for a narrow brush', () => {
    expect(brushToBinDays([98, 104], x, monday, 7)).toEqual([monday + 7, monday + 13]);
  });
});

describe('dayTicks', () => {
  it('labels each month once over a span of a few months (weekly ticks repeated "Feb 2025")', () => {
    const ticks = dayTicks(dayNumber('2025-01-29'), dayNumber('2025-07-12'), 1200);
    const labels = ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025', 'Jul 2025']);
  });
  it('thins months to fit the width, and labels days over short spans', () => {
    expect(dayTicks(dayNumber('2023-10-01'), dayNumber('2025-07-12'), 400).length).toBeLessThanOrEqual(5);
    expect(dayTicks(dayNumber('2025-07-01'), dayNumber('2025-07-20'), 600)[0]!.label).toMatch(/^\d+ Jul$/);
  });
});
