import { bisector } from 'd3';
import type { BundleIndex } from './bundle-index.ts';
/** Inclusive days (day numbers), as the timeline's DayRange. */
type DayRange = [number, number];

/** Days at an edge of the corpus left off the overview's axis, and how many events fall on them. */
export type OutlyingDays = { from: number; to: number; events: number };

/** The overview's axis (the bulk of the events, padded) and the outlying days shown as stubs at its edges. */
export type OverviewDomain = { main: DayRange; earlier: OutlyingDays | null; later: OutlyingDays | null };

/** Below this many events there is no bulk to speak of: every day stays on the axis. */
const MIN_EVENTS = 20;
/** An outlying group holds less than this share of the events (a lone event always may). */
const MAX_SHARE = 0.05;
/** A gap shorter than this many days is never worth a broken axis. */
const MIN_GAP_DAYS = 30;

/**
 * Where the overview's axis runs, from the events' days in ascending order. A few events at either edge
 * (under 5%, or a single one) separated from the rest by a gap wider than the rest's whole span (and a
 * month at least) are left to a stub, so one background mention two years back does not leave the overview
 * nine-tenths empty. Computed once per bundle: filters never move the axis.
 */
export function chooseOverviewDomain(days: ArrayLike<number>): OverviewDomain | null {
  const n = days.length;
  if (n === 0) return null;
  const maxOut = Math.max(1, Math.floor(n * MAX_SHARE - 1e-9));
  let first = 0;
  let last = n - 1;
  // Each edge is judged against the bulk without the other edge's outliers: twice, so the order does not matter.
  for (let pass = 0; pass < 2 && n >= MIN_EVENTS; pass++) {
    first = leadingCut(days, last, maxOut);
    last = trailingCut(days, first, maxOut);
  }
  const pad = Math.max(3, Math.round((days[last]! - days[first]!) * 0.02));
  const group = (a: number, b: number): OutlyingDays | null =>
    b < a ? null : { from: days[a]!, to: days[b]!, events: b - a + 1 };
  return { main: [days[first]! - pad, days[last]! + pad], earlier: group(0, first - 1), later: group(last + 1, n - 1) };
}

/** Index of the bulk's first day: after the widest qualifying gap among the first `maxOut` days, else 0. */
function leadingCut(days: ArrayLike<number>, last: number, maxOut: number): number {
  let cut = 0;
  let widest = 0;
  for (let k = 1; k <= maxOut && k < last; k++) {
    const gap = days[k]! - days[k - 1]!;
    if (gap > widest && gap > Math.max(MIN_GAP_DAYS, days[last]! - days[k]!)) [cut, widest] = [k, gap];
  }
  return cut;
}

/** Index of the bulk's last day: before the widest qualifying gap among the last `maxOut` days, else `n - 1`. */
function trailingCut(days: ArrayLike<number>, first: number, maxOut: number): number {
  const n = days.length;
  let cut = n - 1;
  let widest = 0;
  for (let k = n - 2; k >= n - 1 - maxOut && k > first; k--) {
    const gap = days[k + 1]! - days[k]!;
    if (gap > widest && gap > Math.max(MIN_GAP_DAYS, days[k]! - days[first]!)) [cut, widest] = [k, gap];
  }
  return cut;
}

const byDay = bisector((d: number) => d);

/**
 * How many of the outlying days' events pass the filters: one look per event there (they are few), found
 * in the day-ordered events by binary search.
 */
export function outlierCount(
  days: OutlyingDays,
  sortedDays: Float64Array,
  order: Uint32Array,
  pass: Uint8Array,
): number {
  let count = 0;
  for (let i = byDay.left(sortedDays, days.from), end = byDay.right(sortedDays, days.to); i < end; i++)
    count += pass[order[i]!]!;
  return count;
}

/** The days of the events whose date the text states, ascending (the Trends chart bins only those). */
export function statedDays(index: BundleIndex): Float64Array {
  const days: number[] = [];
  for (let k = 0; k < index.dayOrder.length; k++)
    if (index.dated[index.dayOrder[k]!]) days.push(index.dayOrderDays[k]!);
  return Float64Array.from(days);
}

/**
 * A chart's days (the passing events' extent) trimmed to where the bulk of the corpus is, when outlying
 * days were left out; null when nothing needs trimming (or the extent lies wholly on outlying days).
 */
export function trimToBulk(extent: DayRange | null, domain: OverviewDomain | null): DayRange | null {
  if (!extent || !domain || (!domain.earlier && !domain.later)) return null;
  const from = Math.max(extent[0], Math.ceil(domain.main[0]));
  const to = Math.min(extent[1], Math.floor(domain.main[1]));
  return from > to || (from === extent[0] && to === extent[1]) ? null : [from, to];
}
