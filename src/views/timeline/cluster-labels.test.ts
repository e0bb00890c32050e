import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { estimateTextWidth, labelBudget, largestMarks, type MarkLabel, placeClusterLabels } from './cluster-labels.ts';
import type { PlacedMark } from './marks-layout.ts';

const mark = (id: string, day: number, outletCount: number, lane = 'A'): TimelineMark => ({
  clusterId: id,
  lane,
  day,
  dated: true,
  type: 'CONSULT',
  quad: 'verbal-cooperation',
  modality: 'occurred',
  outletCount,
  eventIds: [],
  label: '',
});
const at = (m: TimelineMark, x: number, y = 22, r = 5 + m.outletCount): PlacedMark => ({ mark: m, x, y, r });
const lanes = { A: [0, 44], B: [44, 88] } as Record<string, [number, number]>;
const options = (width: number, maxLabels = 12) => ({
  width,
  laneOf: (lane: string) => lanes[lane],
  textOf: (m: TimelineMark) => `${m.clusterId} meets someone`,
  measure: estimateTextWidth,
  maxLabels,
});

const overlaps = (a: MarkLabel, b: MarkLabel) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('largestMarks', () => {
  it('keeps the k marks with most outlets whose centre is on screen, most first', () => {
    const placed = [
      at(mark('a', 1, 2), 10),
      at(mark('b', 2, 5), 20),
      at(mark('c', 3, 1), 30),
      at(mark('off', 4, 9), 900),
      at(mark('d', 5, 3), 50),
    ];
    expect(largestMarks(placed, 3, 500).map((p) => p.mark.clusterId)).toEqual(['b', 'd', 'a']);
  });

  it('breaks ties by a fixed scatter of days, not earliest first, so labels spread over the window', () => {
    const placed = Array.from({ length: 400 }, (_, day) => at(mark(`m${day}`, day, 2), day * 2));
    const days = largestMarks(placed, 20, 1000).map((p) => p.mark.day);
    expect(Math.max(...days)).toBeGreaterThan(300);
    expect(largestMarks([...placed].reverse(), 20, 1000).map((p) => p.mark.day)).toEqual(days);
  });
});

describe('placeClusterLabels', () => {
  it('never lets two labels overlap, nor leave the plot or their lane', () => {
    const placed = Array.from({ length: 60 }, (_, i) =>
      at(mark(`m${i}`, i, 1 + (i % 4), i % 2 ? 'B' : 'A'), 8 + i * 13, i % 2 ? 66 : 22),
    );
    const labels = placeClusterLabels(placed, options(800));
    expect(labels.length).toBeGreaterThan(2);
    for (const [i, a] of labels.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(800);
      const [top, bottom] = lanes[a.mark.lane]!;
      expect(a.y).toBeGreaterThanOrEqual(top);
      expect(a.y + a.height).toBeLessThanOrEqual(bottom);
      for (const b of labels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('keeps a labelled mark clear of every other label', () => {
    const placed = Array.from({ length: 40 }, (_, i) => at(mark(`m${i}`, i, 1 + ((i * 7) % 5)), 10 + i * 19));
    const labels = placeClusterLabels(placed, options(800));
    const discs = labels.map((l) => placed.find((p) => p.mark === l.mark)!);
    for (const l of labels)
      for (const d of discs)
        if (d.mark !== l.mark)
          expect(overlaps(l, { ...l, x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r })).toBe(false);
    expect(labels.length).toBeGreaterThan(1);
  });

  it('puts a label on the side where it covers no other large mark', () => {
    const big = at(mark('big', 10, 3), 300);
    const right = at(mark('right', 11, 2), 360);
    const [label] = placeClusterLabels([big, right], options(800));
    expect(label!.mark.clusterId).toBe('big');
    expect(label!.x + label!.width).toBeLessThan(300);
  });

  it('puts a label above or below its mark when both sides would cover other marks', () => {
    const tall = { A: [0, 60] } as Record<string, [number, number]>;
    const big = at(mark('big', 10, 3), 300, 30);
    const neighbours = [240, 270, 330, 360, 390].map((x, i) => at(mark(`n${i}`, 11 + i, 1), x, 30));
    const [label] = placeClusterLabels([big, ...neighbours], { ...options(800), laneOf: (l) => tall[l] });
    expect(label!.mark.clusterId).toBe('big');
    for (const n of neighbours)
      expect(overlaps(label!, { ...label!, x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r })).toBe(false);
  });

  it('covers the fewest and smallest marks when every spot covers some', () => {
    const big = at(mark('big', 10, 3), 300);
    // Neighbours as tall as the lane, so no spot beside the mark is clear of them.
    const right = [340, 370, 400].map((x, i) => at(mark(`r${i}`, 11 + i, 1), x, 22, 20));
    const left = at(mark('left', 5, 1), 250, 22, 20);
    const [label] = placeClusterLabels([big, left, ...right], options(800));
    expect(label!.mark.clusterId).toBe('big');
    expect(label!.x + label!.width).toBeLessThan(300);
  });

  it('gives the label to the most-reported of two marks competing for the same room', () => {
    const small = at(mark('small', 1, 1), 100);
    const big = at(mark('big', 1, 3), 104);
    const labels = placeClusterLabels([small, big], options(300));
    expect(labels.map((l) => l.mark.clusterId)).toEqual(['big']);
  });

  it('shows fewer labels as the window zooms out and the same marks crowd together', () => {
    const marks = Array.from({ length: 30 }, (_, i) => mark(`m${i}`, i, 1 + (i % 3)));
    const zoomed = (pxPerDay: number) =>
      placeClusterLabels(
        marks.map((m) => at(m, 10 + m.day * pxPerDay)),
        options(1200, 30),
      ).length;
    expect(zoomed(8)).toBeLessThan(zoomed(40));
    expect(zoomed(2)).toBeLessThanOrEqual(zoomed(8));
    expect(zoomed(2)).toBeGreaterThan(0);
  });

  it('stops at the budget, skips marks without a label, and labels a cluster once across lanes', () => {
    const placed = [
      at(mark('x', 1, 3), 100),
      at(mark('x', 1, 3, 'B'), 100, 66),
      at(mark('none', 20, 3), 600),
      at(mark('y', 40, 2), 900),
      at(mark('z', 60, 1), 1300),
    ];
    const labels = placeClusterLabels(placed, {
      ...options(1600, 2),
      textOf: (m) => (m.clusterId === 'none' ? null : m.clusterId),
    });
    expect(labels.map((l) => l.mark.clusterId)).toEqual(['x', 'y']);
  });

  it('budgets labels by the width available', () => {
    expect(labelBudget(300)).toBeLessThan(labelBudget(1700));
  });
});
