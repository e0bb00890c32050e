import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { visibleSlice } from './timeline-scales.ts';
import {
  centredOn,
  fitWindow,
  sameWindow,
  scaledBy,
  selectedSlice,
  showsSelection,
  windowAfterFilterChange,
} from './window-targets.ts';

const mark = (day: number, i: number): TimelineMark => ({
  clusterId: `c${i}`,
  lane: 'CONSULT',
  day,
  dated: true,
  type: 'CONSULT',
  quad: 'verbal-cooperation',
  modality: 'occurred',
  outletCount: 1,
  eventIds: [],
  label: '',
});
const marksOn = (...days: number[]) => days.map(mark);

describe('selectedSlice', () => {
  const marks = marksOn(10, 20, 20, 30, 40);
  it('is every mark without a date filter, and the marks inside it with one', () => {
    expect(selectedSlice(marks, null)).toEqual({ start: 0, end: 5 });
    expect(selectedSlice(marks, [20, 30])).toEqual({ start: 1, end: 4 });
    expect(selectedSlice(marks, [41, 50])).toEqual({ start: 5, end: 5 });
  });
});

describe('fitWindow', () => {
  it('holds the first and last selected marks, with air either side', () => {
    const w = fitWindow(marksOn(100, 130, 160), null)!;
    expect(w[0]).toBeLessThan(100);
    expect(w[1]).toBeGreaterThan(160);
    expect(visibleSlice(marksOn(100, 130, 160), w)).toEqual({ start: 0, end: 3 });
  });
  it('fits the marks inside the date filter only, and all marks when none is inside it', () => {
    const marks = marksOn(10, 50, 55, 90);
    const inside = fitWindow(marks, [45, 60])!;
    expect(inside[0]).toBeGreaterThan(10);
    expect(inside[1]).toBeLessThan(90);
    expect(visibleSlice(marks, inside)).toEqual({ start: 1, end: 3 });
    expect(visibleSlice(marks, fitWindow(marks, [200, 210])!)).toEqual({ start: 0, end: 4 });
  });
  it('is null without marks', () => {
    expect(fitWindow([], null)).toBeNull();
  });
});

describe('showsSelection', () => {
  const marks = marksOn(10, 20, 30);
  it('needs every selected mark inside the window, edges included', () => {
    expect(showsSelection(marks, null, [10, 30])).toBe(true);
    expect(showsSelection(marks, null, [11, 30])).toBe(false);
    expect(showsSelection(marks, [15, 25], [18, 22])).toBe(true);
    expect(showsSelection([], null, [0, 1])).toBe(true);
  });
});

describe('windowAfterFilterChange', () => {
  // A window on a summer's fortnight; the events of a winter outlet lie months before it.
  const summer: [number, number] = [200, 214];
  const winter = marksOn(30, 31, 33);
  it('moves to a selection that lies wholly outside the window, whatever the window was', () => {
    const next = windowAfterFilterChange(
      { range: null, rangeChanged: false, marks: winter, selectionChanged: true, fitted: false },
      summer,
    )!;
    expect(visibleSlice(winter, next)).toEqual({ start: 0, end: 3 });
  });
  it('stays put when the window already shows every selected mark, so narrowing inside it does not jump', () => {
    const inside = marksOn(203, 207, 211);
    expect(
      windowAfterFilterChange(
        { range: null, rangeChanged: false, marks: inside, selectionChanged: true, fitted: false },
        summer,
      ),
    ).toBeNull();
  });
  it('keeps fitting when the window was fitting the previous selection, narrowing it to the new one', () => {
    const wide = marksOn(30, 120, 205);
    const fitted = fitWindow(wide, null)!;
    const narrower = marksOn(100, 130);
    const next = windowAfterFilterChange(
      { range: null, rangeChanged: false, marks: narrower, selectionChanged: true, fitted: true },
      fitted,
    )!;
    expect(next[1] - next[0]).toBeLessThan(40);
    expect(visibleSlice(narrower, next)).toEqual({ start: 0, end: 2 });
  });
  it('fits a selection only partly in view', () => {
    const straddling = marksOn(150, 205, 260);
    const next = windowAfterFilterChange(
      { range: null, rangeChanged: false, marks: straddling, selectionChanged: true, fitted: false },
      summer,
    )!;
    expect(visibleSlice(straddling, next)).toEqual({ start: 0, end: 3 });
  });
  it('shows a new date filter whole (the selected marks inside it are then in view)', () => {
    const marks = marksOn(30, 120, 205);
    const range: [number, number] = [100, 140];
    const byRange = windowAfterFilterChange(
      { range, rangeChanged: true, marks, selectionChanged: false, fitted: false },
      summer,
    )!;
    expect(byRange[0]).toBeLessThan(100);
    expect(byRange[1]).toBeGreaterThan(140);
    const both = windowAfterFilterChange(
      { range, rangeChanged: true, marks, selectionChanged: true, fitted: false },
      summer,
    )!;
    expect(both).toEqual(byRange);
  });
  it('leaves the window alone when only the date filter was cleared', () => {
    expect(
      windowAfterFilterChange(
        { range: null, rangeChanged: true, marks: winter, selectionChanged: false, fitted: false },
        summer,
      ),
    ).toBeNull();
  });
  it('stays when the selection is empty (the view says which filter emptied it)', () => {
    expect(
      windowAfterFilterChange(
        { range: null, rangeChanged: false, marks: [], selectionChanged: true, fitted: false },
        summer,
      ),
    ).toBeNull();
  });
});

describe('centredOn and scaledBy', () => {
  it('keeps the span when centring, and scales the span about the centre', () => {
    expect(centredOn([10, 20], 100)).toEqual([95, 105]);
    expect(scaledBy([10, 30], 2)).toEqual([15, 25]);
    expect(scaledBy([10, 30], 0.5)).toEqual([0, 40]);
  });
});

describe('sameWindow', () => {
  it('ignores float noise from the zoom transform round trip, not a real move', () => {
    expect(sameWindow([10, 20], [10 + 1e-9, 20 - 1e-9])).toBe(true);
    expect(sameWindow([10, 20], [10.5, 20])).toBe(false);
    expect(sameWindow(null, [10, 20])).toBe(false);
  });
});
