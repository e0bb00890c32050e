import { describe, expect, it } from 'vitest';
import type { TimelineLane, TimelineMark } from '../../selectors/timeline.ts';
import { hitTest, laneBands, MAX_BAND, markRadius, placeMarks } from './marks-layout.ts';
import { dayScale } from './timeline-scales.ts';

const lane = (key: string): TimelineLane => ({ key, label: key, count: 1 });
const mark = (day: number, laneKey: string, outletCount = 1, id = `${laneKey}${day}`): TimelineMark => ({
  clusterId: id, lane: laneKey, day, dated: true, type: 'CONSULT', quad: 'verbal-cooperation', modality: 'occurred', outletCount, eventIds: [], label: '',
});

describe('laneBands', () => {
  it('splits the plot into equal bands when there are many lanes', () => {
    const bands = laneBands(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map(lane), 320);
    expect(bands.bandwidth()).toBe(32);
    expect(bands('C')).toBe(64);
  });
  it('caps band height and top-aligns a few lanes instead of stretching them', () => {
    const bands = laneBands([lane('A'), lane('B')], 320);
    expect(bands.bandwidth()).toBe(MAX_BAND);
    expect(bands('B')).toBe(MAX_BAND);
  });
});

describe('markRadius', () => {
  it('grows with the square root of the outlet count, up to the corpus outlet count', () => {
    const r = markRadius(4, 40);
    expect(r(4)).toBe(11);
    expect(r(1)).toBe(5.5);
    expect(r(9)).toBe(11);
    expect(r(2) / r(1)).toBeCloseTo(Math.SQRT2, 9);
  });
  it('never draws a mark smaller than 5px or taller than its lane', () => {
    expect(markRadius(50, 40)(1)).toBe(5);
    expect(markRadius(5, 16)(5)).toBeLessThanOrEqual(8);
  });
});

describe('placeMarks', () => {
  const x = dayScale([0, 100], 1000);
  const bands = laneBands([lane('A'), lane('B')], 88);
  const opts = { x, bands, radius: () => 5, dodge: true };
  it('places x by day and y at the centre of the lane', () => {
    const placed = placeMarks([mark(10, 'A'), mark(20, 'B')], 0, 2, opts);
    expect(placed.map((p) => [p.x, p.y, p.r])).toEqual([[100, 22, 5], [200, 66, 5]]);
  });
  it('nudges marks that would hide each other apart, inside their lane, when the day is narrow', () => {
    const marks = [mark(10, 'A', 1, 'a'), mark(10, 'A', 1, 'b'), mark(10, 'A', 1, 'c')];
    const ys = placeMarks(marks, 0, 3, opts).map((p) => p.y);
    expect(new Set(ys).size).toBe(3);
    for (const y of ys) expect(Math.abs(y - 22)).toBeLessThanOrEqual(22 - 5);
  });
  it('never hides a mark exactly behind another, even when the lane is full', () => {
    const narrow = laneBands([lane('A')], 16);
    const marks = ['a', 'b', 'c', 'd'].map((id) => mark(10, 'A', 1, id));
    const spots = placeMarks(marks, 0, 4, { ...opts, bands: narrow }).map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(4);
  });
  it('spreads same-day marks sideways within the day when zoomed in, never into the next day', () => {
    const wide = { ...opts, x: dayScale([0, 10], 1000) }; // 100 px per day
    const marks = ['a', 'b', 'c', 'd', 'e'].map((id) => mark(5, 'A', 1, id));
    const placed = placeMarks(marks, 0, 5, wide);
    expect(placed.filter((p) => p.y === 22).length).toBeGreaterThanOrEqual(3);
    for (const p of placed) expect(Math.abs(p.x - 500)).toBeLessThanOrEqual(50 - p.r);
    for (let i = 0; i < placed.length; i++) for (let j = 0; j < i; j++) expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(11);
  });
  it('leaves overlapping marks alone when dodging is off, and skips marks of hidden lanes', () => {
    const marks = [mark(10, 'A', 1, 'a'), mark(10, 'A', 1, 'b'), mark(10, 'Z')];
    expect(placeMarks(marks, 0, 3, { ...opts, dodge: false }).map((p) => p.y)).toEqual([22, 22]);
  });
  it('only lays out the requested slice', () => {
    const marks = [mark(1, 'A'), mark(2, 'A'), mark(3, 'A')];
    expect(placeMarks(marks, 1, 2, opts).map((p) => p.mark.day)).toEqual([2]);
  });
});

describe('hitTest', () => {
  const placed = [mark(1, 'A'), mark(2, 'A'), mark(2, 'B')].map((m, i) => ({ mark: m, x: [10, 20, 20][i]!, y: [5, 5, 30][i]!, r: 4 }));
  it('finds the nearest mark under the pointer', () => {
    expect(hitTest(placed, 19, 6, 4)).toBe(1);
    expect(hitTest(placed, 21, 28, 4)).toBe(2);
    expect(hitTest(placed, 14, 5, 4)).toBe(0);
  });
  it('misses when the pointer is clear of every mark', () => {
    expect(hitTest(placed, 50, 5, 4)).toBe(-1);
    expect(hitTest(placed, 20, 18, 4)).toBe(-1);
  });
});
