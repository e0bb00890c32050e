import type { TimelineMark } from '../../selectors/timeline.ts';
import { type DayRange, focusDomainFor, visibleSlice } from './timeline-scales.ts';

// Where the detail window should go after a click or a filter change. Every target is computed from the
// window the timeline is heading to (its destination), never from a frame of a running zoom transition,
// so a second click mid-animation lands where the first would have.

/**
 * The marks the filters select: all of them, or those inside the date filter when one is set (the
 * timeline shows the rest as veiled context, crossfilter style). Returned as a slice of the day-sorted marks.
 */
export function selectedSlice(marks: readonly TimelineMark[], range: DayRange | null): { start: number; end: number } {
  return range ? visibleSlice(marks, range) : { start: 0, end: marks.length };
}

/** The window showing every selected mark ("Fit all"); every mark when none lies in the date filter; null without marks. */
export function fitWindow(marks: readonly TimelineMark[], range: DayRange | null): DayRange | null {
  const inRange = selectedSlice(marks, range);
  const { start, end } = inRange.end > inRange.start ? inRange : { start: 0, end: marks.length };
  if (end <= start) return null;
  return focusDomainFor([marks[start]!.day, marks[end - 1]!.day]);
}

/** Whether `window` holds every selected mark (true when there is none: nothing to go to). */
export function showsSelection(marks: readonly TimelineMark[], range: DayRange | null, window: DayRange): boolean {
  const { start, end } = selectedSlice(marks, range);
  if (end <= start) return true;
  return marks[start]!.day >= window[0] && marks[end - 1]!.day <= window[1];
}

/** What changed since the timeline last followed the filters. */
export type FilterChange = {
  range: DayRange | null;
  rangeChanged: boolean;
  marks: readonly TimelineMark[];
  selectionChanged: boolean;
  /** The window was the previous selection fitted (by Fit all or by a filter change): it keeps fitting. */
  fitted: boolean;
};

/**
 * The window after a filter change, or null to stay. A new date filter is shown whole (as before). A new
 * selection (actors, outlets, types, ...) is fitted when the window misses some of it, or when the window
 * was fitting the previous selection; a window the user zoomed to by hand stays while it shows everything.
 */
export function windowAfterFilterChange(change: FilterChange, destination: DayRange): DayRange | null {
  const { range, marks } = change;
  const followRange = change.rangeChanged && range !== null;
  const window = followRange ? focusDomainFor(range) : destination;
  if (change.selectionChanged && ((change.fitted && !followRange) || !showsSelection(marks, range, window)))
    return fitWindow(marks, range) ?? (followRange ? window : null);
  return followRange ? window : null;
}

/** Whether two windows are the same to well under a pixel at any zoom the timeline allows. */
export function sameWindow(a: DayRange | null, b: DayRange | null): boolean {
  return a !== null && b !== null && Math.abs(a[0] - b[0]) < 1e-3 && Math.abs(a[1] - b[1]) < 1e-3;
}

/** The window of the same span centred on `day` (the "earlier"/"later" buttons, a click on the overview). */
export function centredOn(window: DayRange, day: number): DayRange {
  const half = (window[1] - window[0]) / 2;
  return [day - half, day + half];
}

/** The window zoomed by `factor` about its centre (2: half the span). */
export function scaledBy(window: DayRange, factor: number): DayRange {
  const mid = (window[0] + window[1]) / 2;
  const half = (window[1] - window[0]) / 2 / factor;
  return [mid - half, mid + half];
}
