import { bisector, type ScaleLinear, scaleLinear, scaleUtc, utcFormat, type ZoomTransform, zoomIdentity } from 'd3';
import { type BundleIndex, dayNumber } from '../../selectors/bundle-index.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { dateOfDay } from '../../model/day-number.ts';

/** A continuous stretch of day numbers (days since 1970-01-01); day d is drawn at x(d), its column spans d ± 0.5. */
export type DayRange = [number, number];

/**
 * Everything the corpus covers, dated or not, padded: the overview's domain and the detail's zoom-out limit.
 * Built once per bundle so that no filter change can move it (nothing jumps).
 */
export function corpusDomain(index: BundleIndex): DayRange | null {
  let min = Infinity;
  let max = -Infinity;
  for (const d of index.day) {
    if (Number.isNaN(d)) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (min > max) return null;
  const pad = Math.max(3, Math.round((max - min) * 0.02));
  return [min - pad, max + pad];
}

/** Linear day -> pixel scale. */
export function dayScale(domain: DayRange, width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(domain)
    .range([0, Math.max(1, width)]);
}

/** The half-open slice [start, end) of day-sorted marks inside the window (plus `padDays` either side). */
export function visibleSlice(
  marks: readonly TimelineMark[],
  window: DayRange,
  padDays = 0,
): { start: number; end: number } {
  const byDay = bisector((m: TimelineMark) => m.day);
  const start = byDay.left(marks, window[0] - padDays);
  const end = byDay.right(marks, window[1] + padDays, start);
  return { start, end };
}

/** Brush pixels -> inclusive days: a day counts once the brush reaches the middle of its column. */
export function brushToDays(px: [number, number], x: ScaleLinear<number, number>): DayRange {
  // The epsilon absorbs float noise at exact column edges, so daysToBrush round-trips.
  const from = Math.floor(x.invert(px[0]) + 0.5 + 1e-9);
  const to = Math.ceil(x.invert(px[1]) - 0.5 - 1e-9);
  return [from, Math.max(from, to)];
}

/** Inclusive days -> brush pixels, covering the whole columns of the first and last day. */
export function daysToBrush(range: DayRange, x: ScaleLinear<number, number>): [number, number] {
  return [x(range[0] - 0.5), x(range[1] + 0.5)];
}

/**
 * The store's from/to as an inclusive day range (an open end runs to the corpus's edge); null when unset, and
 * null while From is after To (mid-typing in the date inputs: there is nothing sensible to brush or zoom to).
 */
export function rangeFromFilters(from: string | null, to: string | null, base: DayRange): DayRange | null {
  if (from === null && to === null) return null;
  const range: DayRange = [from ? dayNumber(from) : Math.ceil(base[0]), to ? dayNumber(to) : Math.floor(base[1])];
  return range[0] <= range[1] ? range : null;
}

/** The detail window that shows an inclusive day range with a little air either side. */
export function focusDomainFor(range: DayRange): DayRange {
  const pad = Math.max(0.5, (range[1] - range[0]) * 0.04);
  return [range[0] - 0.5 - pad, range[1] + 0.5 + pad];
}

/** Clamps a window into the base domain and to at least `minSpan` days, keeping its centre where possible. */
export function clampDomain(domain: DayRange, base: DayRange, minSpan: number): DayRange {
  const span = Math.min(base[1] - base[0], Math.max(minSpan, domain[1] - domain[0]));
  const mid = (domain[0] + domain[1]) / 2;
  const start = Math.min(base[1] - span, Math.max(base[0], mid - span / 2));
  return [start, start + span];
}

/** The d3-zoom transform whose rescaleX maps the base domain onto `domain` over `width` pixels. */
export function transformFor(domain: DayRange, base: DayRange, width: number): ZoomTransform {
  const k = (base[1] - base[0]) / (domain[1] - domain[0]);
  const x0 = ((domain[0] - base[0]) / (base[1] - base[0])) * width;
  return zoomIdentity.translate(-k * x0, 0).scale(k);
}

/** One axis tick: its position and label; `major` ticks start a year. */
export type TimeTick = { x: number; label: string; major: boolean };

/** Whole-day ticks about `spacing` px apart, labelled for the window's span (weekday when zoomed to days). */
export function timeTicks(domain: DayRange, width: number, spacing: number): TimeTick[] {
  const scale = scaleUtc()
    .domain(domain.map((d) => dateOfDay(d)))
    .range([0, width]);
  const span = domain[1] - domain[0];
  const count = Math.max(2, Math.min(Math.floor(width / spacing), Math.floor(span)));
  return scale
    .ticks(count)
    .filter((t) => t.getUTCHours() === 0)
    .map((t) => ({ x: scale(t), label: tickLabel(t, span), major: t.getUTCMonth() === 0 && t.getUTCDate() === 1 }));
}

/** Labels near the plot's edges are anchored inwards so they are not clipped. */
export function tickAnchor(x: number, width: number): 'start' | 'middle' | 'end' {
  if (x < 24) return 'start';
  return x > width - 24 ? 'end' : 'middle';
}

const YEAR = utcFormat('%Y');
const MONTH = utcFormat('%b');
const DAY_MONTH = utcFormat('%-d %b');
const WEEKDAY = utcFormat('%a %-d %b');

/** A tick's label: the year on 1 January, the month on the 1st, the day (with weekday when zoomed in) otherwise. */
export function tickLabel(date: Date, spanDays: number): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return YEAR(date);
  if (date.getUTCDate() === 1) return spanDays > 100 ? MONTH(date) : DAY_MONTH(date);
  return spanDays <= 16 ? WEEKDAY(date) : DAY_MONTH(date);
}

const FULL_DAY = utcFormat('%-d %b %Y');

/** "4 Jul 2025 – 12 Jul 2025" for a window (days at its edges rounded inwards). */
export function formatWindow(domain: DayRange): string {
  const a = FULL_DAY(dateOfDay(Math.ceil(domain[0])));
  const b = FULL_DAY(dateOfDay(Math.floor(domain[1])));
  return a === b ? a : `${a} – ${b}`;
}

/**
 * The detail's first window: the date filter if one is set (a shared link), else where the events cluster
 * (the selector's busiest stretch, whole days), else everything.
 */
export function firstWindow(
  busiest: DayRange | null,
  range: DayRange | null,
  base: DayRange,
  minSpan: number,
): DayRange {
  const wanted = range ? focusDomainFor(range) : busiest ? ([busiest[0] - 0.5, busiest[1] + 0.5] as DayRange) : base;
  return clampDomain(wanted, base, minSpan);
}
