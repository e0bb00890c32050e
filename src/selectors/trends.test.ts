import { describe, expect, it } from 'vitest';
import { dayNumber } from './bundle-index.ts';
import { fixtureIndex, fixtureMask } from './test-fixture.ts';
import { binDaysForRange, selectTrends, weekStart, zoomWindow } from './trends.ts';

const index = fixtureIndex();
const quadTotal = (t: ReturnType<typeof selectTrends>, quad: number) => t.bins.reduce((n, b) => n + b.counts[quad]!, 0);

describe('selectTrends', () => {
  it('counts dated events per week per quad class and counts undated ones apart', () => {
    const trends = selectTrends(index, fixtureMask(), 7);
    expect(trends.total).toBe(6);
    expect(trends.undated).toBe(1);
    expect(quadTotal(trends, 0)).toBe(5); // CONSULT: verbal cooperation
    expect(quadTotal(trends, 3)).toBe(1); // SANCTION: material conflict
    expect(quadTotal(trends, 2)).toBe(0); // the REQUEST has no stated date
    expect(trends.bins.reduce((n, b) => n + b.total, 0)).toBe(6);
  });

  it('starts weeks on Monday and spans the first to the last dated event, empty weeks included', () => {
    const trends = selectTrends(index, fixtureMask(), 7);
    expect(trends.bins[0]!.day).toBe(dayNumber('2025-01-27'));
    expect(trends.bins.at(-1)!.day).toBe(dayNumber('2025-07-07'));
    expect(trends.bins).toHaveLength(24);
    expect(trends.bins.at(-1)!.total).toBe(5);
    expect(trends.bins[1]!.total).toBe(0);
  });

  it('bins per day when asked', () => {
    const trends = selectTrends(index, fixtureMask({ outlets: ['hayom'] }), 1);
    expect(trends.bins[0]!.day).toBe(trends.extent![0]);
    expect(trends.bins.every((b) => b.day === trends.bins[0]!.day + trends.bins.indexOf(b))).toBe(true);
    expect(trends.total).toBe(trends.bins.reduce((n, b) => n + b.total, 0));
  });

  it('follows the mask and has no bins when nothing dated passes', () => {
    const none = selectTrends(index, fixtureMask({ types: ['REQUEST'] }), 7);
    expect(none.bins).toEqual([]);
    expect(none.extent).toBeNull();
    expect(none.undated).toBe(1);
  });
});

describe('weekStart and binDaysForRange', () => {
  it('finds the Monday of a day', () => {
    expect(weekStart(dayNumber('2025-07-09'))).toBe(dayNumber('2025-07-07'));
    expect(weekStart(dayNumber('2025-07-07'))).toBe(dayNumber('2025-07-07'));
    expect(weekStart(dayNumber('1969-12-31'))).toBe(dayNumber('1969-12-29'));
  });

  it('bins per day under about ten weeks, per week above', () => {
    expect(binDaysForRange([0, 69])).toBe(1);
    expect(binDaysForRange([0, 70])).toBe(7);
  });
});

describe('selectTrends zoomed to a window', () => {
  it('bins only the days of the window and counts the dated events outside it apart', () => {
    const window = zoomWindow([dayNumber('2025-07-07'), dayNumber('2025-07-07')]);
    expect(window).toEqual([dayNumber('2025-07-04'), dayNumber('2025-07-10')]);
    const trends = selectTrends(index, fixtureMask(), 1, window);
    expect(trends.total).toBe(5);
    expect(trends.outside).toBe(1);
    expect(trends.undated).toBe(1);
    expect(trends.bins.map((b) => b.day)).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => dayNumber(`2025-07-${String(d).padStart(2, '0')}`)),
    );
  });

  it('shows the empty days of a window that misses every event', () => {
    const trends = selectTrends(index, fixtureMask(), 1, [0, 10]);
    expect(trends.bins).toHaveLength(11);
    expect(trends.total).toBe(0);
    expect(trends.outside).toBe(6);
  });
});
