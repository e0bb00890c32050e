import { describe, expect, it } from 'vitest';
import { binDaysFor, binName, busiestBin, densityBars, densityPath, spacedTicks } from './overview-layout.ts';
import { dayScale } from './timeline-scales.ts';

describe('binDaysFor', () => {
  it('picks the smallest bin that is at least 3px wide', () => {
    expect(binDaysFor([0, 100], 1000)).toBe(1);
    expect(binDaysFor([0, 650], 1100)).toBe(2);
    expect(binDaysFor([0, 650], 500)).toBe(7);
    expect(binDaysFor([0, 20_000], 100)).toBe(91);
  });
  it('names bins for the description', () => {
    expect([1, 7, 30, 2].map(binName)).toEqual(['day', 'week', 'month', '2 days']);
  });
});

describe('densityBars', () => {
  const x = dayScale([-0.5, 99.5], 1000);
  const bins = [
    { day: 0, count: 0 },
    { day: 7, count: 1 },
    { day: 14, count: 200 },
  ];
  it('draws one bar per non-empty bin, spanning its days, sqrt heights relative to the busiest', () => {
    const bars = densityBars(bins, 7, x, 40);
    expect(bars.map((b) => b.day)).toEqual([7, 14]);
    expect(bars[1]).toMatchObject({ x: 140, width: 69, y: 0, height: 40 });
  });
  it("leaves out bins beyond the axis's domain, and scales heights to the bins shown", () => {
    const bars = densityBars([{ day: -700, count: 400 }, ...bins, { day: 300, count: 1 }], 7, x, 40);
    expect(bars.map((b) => b.day)).toEqual([7, 14]);
    expect(bars[1]!.height).toBe(40);
  });
  it('keeps a lone event visible next to a burst', () => {
    expect(densityBars(bins, 7, x, 40)[0]!.height).toBe(3);
    expect(
      densityBars(
        [
          { day: 0, count: 25 },
          { day: 7, count: 100 },
        ],
        7,
        x,
        40,
      )[0]!.height,
    ).toBe(20);
  });
  it('finds the busiest bin, and nothing in an empty overview', () => {
    expect(busiestBin(bins)).toEqual({ day: 14, count: 200 });
    expect(densityBars([{ day: 0, count: 0 }], 7, x, 40)).toEqual([]);
    expect(busiestBin([])).toBeNull();
  });
});

describe('densityPath', () => {
  it('draws each bar as a closed rectangle of one path', () => {
    const path = densityPath([
      { x: 0, y: 30, width: 4, height: 10, day: 0, count: 1 },
      { x: 5.04, y: 12.25, width: 4, height: 27.75, day: 7, count: 9 },
    ]);
    expect(path).toBe('M0,30h4v10h-4ZM5,12.3h4v27.8h-4Z');
    expect(densityPath([])).toBe('');
  });
});

describe('spacedTicks', () => {
  it('drops ticks closer than the gap to the last one kept', () => {
    const ticks = [0, 30, 60, 61, 130].map((x) => ({ x, label: String(x), major: false }));
    expect(spacedTicks(ticks, 50).map((t) => t.x)).toEqual([0, 60, 130]);
  });
});
