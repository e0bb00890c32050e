/** p50, p95 and max of a list of times. */
export type Quantiles = { p50: number; p95: number; max: number };

/**
 * p50, p95 and max of a list of times, each the sample at its rank (nearest rank, no interpolation): every
 * bench reports these, so every bench computes them here.
 */
export function quantiles(times: readonly number[]): Quantiles {
  if (times.length === 0) throw new Error('quantiles of no times');
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: sorted.at(-1)! };
}

/** The median of the runs' values (the mean of the two middle ones when there is an even number of runs). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** The spread of the runs' values as "min-max" (one value when they agree at the printed precision). */
export function spreadText(values: readonly number[], format: (v: number) => string): string {
  if (values.length === 0) return '';
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  return low === high ? low : `${low}-${high}`;
}
