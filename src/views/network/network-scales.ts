import { scaleSqrt } from 'd3';
import { fnv1a } from '../../model/stable-hash.ts';
import { KIND_COLOURS, QUAD_COLOURS } from '../../components/palette.ts';

/** A point in layout or screen space. */
export type Point = { x: number; y: number };

/** Cooperation in a cool hue, conflict in a warm one (the palette's); a link with both is drawn as both. */
export const COOPERATION_COLOUR = QUAD_COLOURS['verbal-cooperation'];
export const CONFLICT_COLOUR = QUAD_COLOURS['material-conflict'];
/** Arrowheads of a link evenly split between cooperation and conflict. */
export const EVEN_COLOUR = '#64748b';

/** An arrowhead's colour: that of the larger share of the link's events, slate when they are even. */
export function headColour(cooperation: number, conflict: number): string {
  return cooperation > conflict ? COOPERATION_COLOUR : conflict > cooperation ? CONFLICT_COLOUR : EVEN_COLOUR;
}

/** Node radius by event count; area, not radius, grows with the count. */
export function nodeRadiusScale(maxCount: number): (count: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxCount)])
    .range([3, 22])
    .clamp(true);
  return (count) => scale(count);
}

/** Edge stroke width by event count. */
export function edgeWidthScale(maxCount: number): (count: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxCount)])
    .range([0.6, 9])
    .clamp(true);
  return (count) => scale(count);
}

/** Node fill by actor kind. */
export function nodeColour(kind: string): string {
  return KIND_COLOURS[kind] ?? KIND_COLOURS.other!;
}

/** A drawn edge: the line between the two circles' rims and an arrowhead polygon per known direction. */
export type EdgeGeometry = { x1: number; y1: number; x2: number; y2: number; heads: string[] };

/**
 * The line from circle `a` to circle `b`, stopping at their rims, with arrowheads whose tips touch the rim
 * of the circle an event was done to. Arrow size grows with the stroke so that thick edges keep visible heads.
 */
export function edgeGeometry(
  a: Point & { r: number },
  b: Point & { r: number },
  width: number,
  headAtA: boolean,
  headAtB: boolean,
): EdgeGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy);
  if (d <= a.r + b.r + 2) return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, heads: [] };
  const ux = dx / d;
  const uy = dy / d;
  const length = 5 + width * 1.3;
  const half = 2.5 + width * 0.8;
  const start = { x: a.x + ux * (a.r + 1), y: a.y + uy * (a.r + 1) };
  const end = { x: b.x - ux * (b.r + 1), y: b.y - uy * (b.r + 1) };
  const heads: string[] = [];
  const head = (tip: Point, sx: number, sy: number) => {
    const base = { x: tip.x - sx * length, y: tip.y - sy * length };
    heads.push(
      `${r2(tip.x)},${r2(tip.y)} ${r2(base.x - sy * half)},${r2(base.y + sx * half)} ${r2(base.x + sy * half)},${r2(base.y - sx * half)}`,
    );
    return base;
  };
  const lineEnd = headAtB ? head(end, ux, uy) : end;
  const lineStart = headAtA ? head(start, -ux, -uy) : start;
  return { x1: r2(lineStart.x), y1: r2(lineStart.y), x2: r2(lineEnd.x), y2: r2(lineEnd.y), heads };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** A stable number in [0, 1) for an id (FNV-1a), for deterministic jitter without a random source. */
export function hashUnit(id: string): number {
  return fnv1a(id) / 4294967296;
}
