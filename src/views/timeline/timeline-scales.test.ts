import { describe, expect, it } from 'vitest';
import { buildBundleIndex, dayNumber } from '../../selectors/bundle-index.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import {
  brushToDays,
  clampDomain,
  corpusDomain,
  type DayRange,
  daysToBrush,
  dayScale,
  firstWindow,
  focusDomainFor,
  rangeFromFilters,
  tickLabel,
  timeTicks,
  transformFor,
  visibleSlice,
} from './timeline-scales.ts';

const mark = (day: number, clusterId = `c${day}`): TimelineMark => ({
  clusterId, lane: 'CONSULT', day, dated: true, type: 'CONSULT', quad: 'verbal-cooperation', modality: 'occurred', outletCount: 1, eventIds: [], label: '',
});

describe('corpusDomain', () => {
  it('spans every dated and undated event of the fixture, padded by at least three days', () => {
    const [d0, d1] = corpusDomain(buildBundleIndex(fixtureBundle()))!;
    expect(d0).toBe(dayNumber('2025-02-01') - 3);
    expect(d1).toBe(dayNumber('2025-07-08') + 3);
  });
});

describe('visibleSlice', () => {
  const marks = [10, 12, 12, 15, 20, 30].map((d, i) => mark(d, `c${i}`));
  it('keeps only the marks inside the window, found by binary search', () => {
    expect(visibleSlice(marks, [12, 20])).toEqual({ start: 1, end: 5 });
    expect(visibleSlice(marks, [12.5, 14])).toEqual({ start: 3, end: 3 });
  });
  it('widens the window by the padding so marks half off the edge are still drawn', () => {
    expect(visibleSlice(marks, [13, 19], 1)).toEqual({ start: 1, end: 5 });
    expect(visibleSlice(marks, [31, 40], 0)).toEqual({ start: 6, end: 6 });
  });
});

describe('brush <-> days', () => {
  const x = dayScale([0, 100], 1000); // 10 px per day
  it('rounds the brush to the days whose columns it reaches the middle of', () => {
    expect(brushToDays([95, 205], x)).toEqual([10, 20]);
    expect(brushToDays([106, 194], x)).toEqual([11, 19]);
  });
  it('never reports an empty range for a brush inside one day', () => {
    expect(brushToDays([101, 103], x)).toEqual([10, 10]);
  });
  it('round-trips: days -> pixels -> the same days', () => {
    for (const r of [[3, 3], [10, 42], [0, 99]] as DayRange[]) expect(brushToDays(daysToBrush(r, x), x)).toEqual(r);
    expect(daysToBrush([10, 20], x)).toEqual([95, 205]);
  });
});

describe('date filter and windows', () => {
  const base: DayRange = [0, 700];
  it('turns from/to strings into an inclusive day range; an open end runs to the corpus edge', () => {
    expect(rangeFromFilters(null, null, base)).toBeNull();
    expect(rangeFromFilters('1970-01-11', '1970-01-21', base)).toEqual([10, 20]);
    expect(rangeFromFilters(null, '1970-01-21', base)).toEqual([0, 20]);
    expect(rangeFromFilters('1970-01-21', '1970-01-11', base)).toBeNull();
  });
  it('frames a range with half a day plus 4% of air each side', () => {
    expect(focusDomainFor([100, 200])).toEqual([95.5, 204.5]);
  });
  it('clamps a window into the corpus and to a minimum span, keeping its centre', () => {
    expect(clampDomain([-10, 10], base, 4)).toEqual([0, 20]);
    expect(clampDomain([50, 51], base, 4)).toEqual([48.5, 52.5]);
    expect(clampDomain([-100, 900], base, 4)).toEqual([0, 700]);
  });
  it('opens on the date filter, else on the busiest stretch, else everything', () => {
    expect(firstWindow([100, 120], [10, 20], base, 4)).toEqual(focusDomainFor([10, 20]));
    expect(firstWindow([100, 120], null, base, 4)).toEqual([99.5, 120.5]);
    expect(firstWindow(null, null, base, 4)).toEqual(base);
  });
});

describe('transformFor', () => {
  it('gives the zoom transform whose rescaled base scale shows exactly the window', () => {
    const base: DayRange = [0, 700];
    const t = transformFor([100, 170], base, 1400);
    expect(t.k).toBe(10);
    const [d0, d1] = t.rescaleX(dayScale(base, 1400)).domain();
    expect(d0).toBeCloseTo(100, 9);
    expect(d1).toBeCloseTo(170, 9);
  });
});

describe('axis ticks', () => {
  it('labels years, months and days, with weekdays when zoomed to days', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(tickLabel(day('2025-01-01'), 300)).toBe('2025');
    expect(tickLabel(day('2025-07-01'), 300)).toBe('Jul');
    expect(tickLabel(day('2025-07-01'), 40)).toBe('1 Jul');
    expect(tickLabel(day('2025-07-07'), 40)).toBe('7 Jul');
    expect(tickLabel(day('2025-07-07'), 10)).toBe('Mon 7 Jul');
  });
  it('puts whole-day ticks at least the spacing apart, and never ticks inside a day', () => {
    const domain: DayRange = [dayNumber('2025-07-04'), dayNumber('2025-07-12')];
    const ticks = timeTicks(domain, 800, 96);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(96 * 0.9);
    expect(ticks.map((t) => t.label)).toContain('Mon 7 Jul');
  });
});
