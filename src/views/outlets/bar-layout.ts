import { scaleLinear } from 'd3';

/** A bar of a small horizontal bar chart: the item plus its drawn length in pixels. */
export type LaidBar<T> = T & { length: number };

/**
 * Bar lengths on a linear scale from 0 to `max` (the largest count when not given, or a shared
 * maximum so that several cards compare); a non-zero count always gets at least a sliver.
 */
export function barLayout<T extends { count: number }>(items: T[], width: number, max?: number): LaidBar<T>[] {
  const top = max ?? Math.max(0, ...items.map((i) => i.count));
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, width])
    .clamp(true);
  return items.map((item) => ({ ...item, length: item.count > 0 ? Math.max(1, x(item.count)) : 0 }));
}

/** One part of the planned-versus-occurred bar. */
export type ModalitySegment = { key: 'occurred' | 'planned' | 'other'; count: number; x: number; length: number };

/** Occurred, planned and the rest side by side, as shares of one bar `width` wide. */
export function modalitySegments(
  counts: { occurred: number; planned: number; other: number },
  width: number,
): ModalitySegment[] {
  const total = counts.occurred + counts.planned + counts.other;
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([0, width]);
  let at = 0;
  return (['occurred', 'planned', 'other'] as const).map((key) => {
    const segment = { key, count: counts[key], x: x(at), length: x(at + counts[key]) - x(at) };
    at += counts[key];
    return segment;
  });
}

/** "42%" of a part in a whole, "0%" when the whole is empty. */
export function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
}

/** The first `limit` items of a long list and how many were left out. */
export function capList<T>(items: T[], limit = 50): { shown: T[]; rest: number } {
  return { shown: items.slice(0, limit), rest: Math.max(0, items.length - limit) };
}
