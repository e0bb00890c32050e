import { max, type ScaleLinear, scaleLinear, scaleUtc, stack, utcFormat, utcMonth } from 'd3';
import { QUAD_CLASSES, type QuadClass } from '../../model/bundle-schema.ts';
import type { TrendBin, Trends } from '../../selectors/trends.ts';
import { dateOfDay } from '../../model/day-number.ts';

/** The stacked bars of one quad class, as one path (one attribute per quad to update, however many bins). */
export type TrendLayer = { quad: QuadClass; d: string; count: number };

/** Everything the Trends chart draws, in pixels. */
export type TrendsLayout = {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  layers: TrendLayer[];
  xTicks: { x: number; label: string }[];
  yTicks: number[];
};

/** Scales over the bins (day numbers across, events up) and the stacked bars per quad class (d3.stack). */
export function layoutTrends(trends: Trends, width: number, height: number): TrendsLayout {
  const { bins, binDays } = trends;
  const first = bins[0]?.day ?? 0;
  const end = (bins.at(-1)?.day ?? 0) + binDays;
  const x = scaleLinear().domain([first, end]).range([0, width]);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.total) || 1])
    .nice(4)
    .range([height, 0]);
  const series = stack<TrendBin, number>()
    .keys(QUAD_CLASSES.map((_, q) => q))
    .value((b, q) => b.counts[q] ?? 0)(bins);
  const r = (v: number) => Math.round(v * 10) / 10;
  const layers = series.map((s, q) => {
    let d = '';
    let count = 0;
    s.forEach(([y0, y1], k) => {
      if (y1 === y0) return;
      const bin = bins[k]!;
      const [x0, x1] = [x(bin.day), x(bin.day + binDays)];
      const w = Math.max(1, x1 - x0 - (x1 - x0 >= 4 ? 1 : 0));
      d += `M${r(x0)},${r(y(y1))}h${r(w)}V${r(y(y0))}h${r(-w)}Z`;
      count += bin.counts[q]!;
    });
    return { quad: QUAD_CLASSES[q]!, d, count };
  });
  return { x, y, layers, xTicks: dayTicks(first, end, width), yTicks: y.ticks(3).filter(Number.isInteger) };
}

const MONTH_YEAR = utcFormat('%b %Y');
const DAY_MONTH = utcFormat('%-d %b');

const MONTH_STEPS = [1, 2, 3, 6, 12];

/**
 * Date ticks about 90px apart: month starts over long spans (weekly ticks there would repeat a month's
 * label), days over short ones.
 */
export function dayTicks(first: number, end: number, width: number): { x: number; label: string }[] {
  const t = scaleUtc()
    .domain([dateOfDay(first), dateOfDay(end)])
    .range([0, width]);
  const count = Math.max(2, Math.floor(width / 90));
  if (end - first <= 120) return t.ticks(count).map((d) => ({ x: t(d), label: DAY_MONTH(d) }));
  const step = MONTH_STEPS.find((k) => (end - first) / 30.4 / k <= count) ?? 12;
  return t.ticks(utcMonth.every(step)!).map((d) => ({ x: t(d), label: MONTH_YEAR(d) }));
}

/** Brush pixels -> the inclusive days of the whole bins it covers (at least one bin). */
export function brushToBinDays(
  px: [number, number],
  x: ScaleLinear<number, number>,
  first: number,
  binDays: number,
): [number, number] {
  const snap = (p: number) => first + Math.round((x.invert(p) - first) / binDays) * binDays;
  const from = snap(px[0]);
  const end = Math.max(from + binDays, snap(px[1]));
  return [from, end - 1];
}

/** Inclusive days -> brush pixels covering their whole columns. */
export function daysToBrush(range: [number, number], x: ScaleLinear<number, number>): [number, number] {
  return [x(range[0]), x(range[1] + 1)];
}
