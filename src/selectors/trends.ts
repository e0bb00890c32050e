import { PLOVER_TYPES, QUAD_CLASSES, QUAD_OF_TYPE } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** One bar of the Trends chart: events starting on `day` for `binDays` days, per quad class (QUAD_CLASSES order). */
export type TrendBin = { day: number; counts: number[]; total: number };

/** Counts over time for the Trends view. */
export type Trends = {
  binDays: number;
  bins: TrendBin[];
  /** First and last day binned (the window when zoomed); null when no event passes with a stated date. */
  extent: [number, number] | null;
  /** Events binned (their date is stated). */
  total: number;
  /** Passing events whose date the text does not state: not placed on the axis, only counted. */
  undated: number;
  /** Passing events with a stated date outside the days shown (when zoomed to a window). */
  outside: number;
};

/** Quad class (index into QUAD_CLASSES) of each PLOVER type (index into PLOVER_TYPES). */
const QUAD_INDEX_OF_TYPE = Uint8Array.from(PLOVER_TYPES, (t) => QUAD_CLASSES.indexOf(QUAD_OF_TYPE[t]));

/** Ranges shorter than this many days are binned per day, longer ones per week. */
const DAILY_BELOW_DAYS = 70;

/** The Monday of a day number (day 0, 1 Jan 1970, was a Thursday). */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Bin size for a span of days: per day under about ten weeks, per week otherwise. */
export function binDaysForRange(range: [number, number]): 1 | 7 {
  return range[1] - range[0] < DAILY_BELOW_DAYS ? 1 : 7;
}

/**
 * Events of the mask per bin and quad class, from the first to the last stated date among them (weeks start on
 * Monday), or over every day of `window` (inclusive) when zoomed, counting the dated events outside it apart.
 * Events without a stated date (a publication-day fallback) are counted in `undated`, never binned.
 */
export function selectTrends(
  index: BundleIndex,
  mask: EventMask,
  binDays: number,
  window: [number, number] | null = null,
): Trends {
  const dated = selectDatedExtent(index, mask);
  const undated = mask.count - countDated(index, mask);
  const extent = dated && window ? window : dated;
  if (!extent) return { binDays, bins: [], extent: null, total: 0, undated, outside: mask.count - undated };
  const start = binDays === 7 ? weekStart(extent[0]) : extent[0];
  const bins: TrendBin[] = [];
  for (let day = start; day <= extent[1]; day += binDays) bins.push({ day, counts: [0, 0, 0, 0], total: 0 });
  let total = 0;
  let outside = 0;
  for (let i = 0; i < mask.pass.length; i++) {
    if (!isDatedPass(index, mask, i)) continue;
    const bin = bins[Math.floor((index.day[i]! - start) / binDays)];
    if (!bin || index.day[i]! > extent[1]) {
      outside++;
      continue;
    }
    bin.counts[QUAD_INDEX_OF_TYPE[index.type[i]!]!]!++;
    bin.total++;
    total++;
  }
  return { binDays, bins, extent, total, undated, outside };
}

/** The days the chart shows when zoomed to a date range: the range with half its length either side, at least 3 days. */
export function zoomWindow(range: [number, number]): [number, number] {
  const pad = Math.max(3, Math.round((range[1] - range[0] + 1) / 2));
  return [range[0] - pad, range[1] + pad];
}

/** Whether event i passes and has a stated date. */
function isDatedPass(index: BundleIndex, mask: EventMask, i: number): boolean {
  return mask.pass[i] === 1 && index.dated[i] === 1 && !Number.isNaN(index.day[i]!);
}

function countDated(index: BundleIndex, mask: EventMask): number {
  let n = 0;
  for (let i = 0; i < mask.pass.length; i++) if (isDatedPass(index, mask, i)) n++;
  return n;
}

/** First and last stated day among the passing events (null when none has one). */
export function selectDatedExtent(index: BundleIndex, mask: EventMask): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < mask.pass.length; i++) {
    if (!isDatedPass(index, mask, i)) continue;
    const d = index.day[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return min <= max ? [min, max] : null;
}
