import { max, type ScaleLinear } from 'd3';
import type { DensityBin } from '../../selectors/timeline.ts';
import type { DayRange, TimeTick } from './timeline-scales.ts';

const BIN_SIZES = [1, 2, 7, 14, 30, 61, 91];

/** The smallest bin (in days) at least `minPx` wide, so the overview shows bursts without turning into noise. */
export function binDaysFor(domain: DayRange, width: number, minPx = 3): number {
  const pxPerDay = width / Math.max(1, domain[1] - domain[0]);
  return BIN_SIZES.find((d) => d * pxPerDay >= minPx) ?? BIN_SIZES.at(-1)!;
}

/** What one bin is called in the overview's description. */
export function binName(binDays: number): string {
  if (binDays === 1) return 'day';
  if (binDays === 7) return 'week';
  if (binDays === 30) return 'month';
  return `${binDays} days`;
}

/** One overview bar in pixels. */
export type DensityBar = { x: number; width: number; y: number; height: number; day: number; count: number };

/**
 * Bars for the density bins on the axis's domain (outlying days have their stub). Heights are sqrt-scaled and a
 * non-empty bin is at least 3px tall, so a small burst (or one event in a quiet month) stays visible next to a
 * burst of hundreds.
 */
export function densityBars(
  bins: readonly DensityBin[],
  binDays: number,
  x: ScaleLinear<number, number>,
  height: number,
): DensityBar[] {
  const [d0, d1] = x.domain() as [number, number];
  const shown = bins.filter((b) => b.count > 0 && b.day + binDays - 0.5 > d0 && b.day - 0.5 < d1);
  const top = max(shown, (b) => b.count) ?? 0;
  if (top === 0) return [];
  return shown.map((b) => {
    const x0 = x(b.day - 0.5);
    const x1 = x(b.day + binDays - 0.5);
    const h = Math.max(3, Math.sqrt(b.count / top) * height);
    return {
      x: x0,
      width: Math.max(1, x1 - x0 - (x1 - x0 >= 3 ? 1 : 0)),
      y: height - h,
      height: h,
      day: b.day,
      count: b.count,
    };
  });
}

/**
 * All bars as one SVG path: a filter change then updates one attribute instead of hundreds of rects
 * (restyling them was a third of the frame at 100,000 events).
 */
export function densityPath(bars: readonly DensityBar[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return bars.map((b) => `M${r(b.x)},${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z`).join('');
}

/** The busiest bin, for the overview's text description. */
export function busiestBin(bins: readonly DensityBin[]): DensityBin | null {
  let best: DensityBin | null = null;
  for (const b of bins) if (b.count > 0 && (!best || b.count > best.count)) best = b;
  return best;
}

/** Keeps ticks at least `minGap` px apart, left to right (d3's tick count is a hint, and week ticks crowd a short axis). */
export function spacedTicks(ticks: readonly TimeTick[], minGap: number): TimeTick[] {
  const out: TimeTick[] = [];
  for (const t of ticks) if (out.length === 0 || t.x - out.at(-1)!.x >= minGap) out.push(t);
  return out;
}
