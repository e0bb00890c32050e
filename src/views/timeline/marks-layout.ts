import { bisector, scaleBand, type ScaleBand, type ScaleLinear } from 'd3';
import type { TimelineLane, TimelineMark } from '../../selectors/timeline.ts';

/** A mark with its pixel position and radius inside the detail plot. */
export type PlacedMark = { mark: TimelineMark; x: number; y: number; r: number };

/** Lanes never grow taller than this, so a few lanes do not become huge empty rows. */
export const MAX_BAND = 44;
const MIN_RADIUS = 5;

/** One band per lane, top-aligned in a plot of fixed height (the chart keeps its size when lanes change). */
export function laneBands(lanes: readonly TimelineLane[], plotHeight: number): ScaleBand<string> {
  const band = Math.min(MAX_BAND, plotHeight / Math.max(1, lanes.length));
  return scaleBand<string>()
    .domain(lanes.map((l) => l.key))
    .range([0, band * lanes.length]);
}

/**
 * Radius by outlet count, area proportional (sqrt): the most-reported cluster fills its lane. The ceiling is
 * the corpus's outlet count (at most 10), not the filtered maximum, so sizes stay put when filters change.
 */
export function markRadius(corpusOutlets: number, bandHeight: number): (outletCount: number) => number {
  const maxCount = Math.min(10, Math.max(2, corpusOutlets));
  const rMax = Math.max(MIN_RADIUS + 1, Math.min(11, bandHeight / 2 - 2));
  return (n) => Math.max(MIN_RADIUS, rMax * Math.sqrt(Math.min(n, maxCount) / maxCount));
}

type PlaceOptions = {
  x: ScaleLinear<number, number>;
  bands: ScaleBand<string>;
  radius: (outletCount: number) => number;
  /** Spread overlapping marks apart inside their lane and day (skipped when marks are too dense to matter). */
  dodge: boolean;
};

/** Neighbours a new mark is checked against, and spots tried, per mark: bounds the dodging cost per frame. */
const MAX_NEIGHBOURS = 16;
const MAX_TRIES = 48;

/**
 * Positions marks[start, end) in pixels: x by day, y at the lane's centre. Marks that would hide an earlier one
 * are moved to the nearest free spot inside their lane and their day's column (two clusters on one day must
 * both stay visible and clickable, and still read as that day). Runs on every zoom frame, so the hot loop
 * avoids d3 scale calls: x is linear, lane tops and radii are looked up.
 */
export function placeMarks(marks: readonly TimelineMark[], start: number, end: number, opts: PlaceOptions): PlacedMark[] {
  const band = opts.bands.bandwidth();
  const [d0, d1] = opts.x.domain() as [number, number];
  const [r0, r1] = opts.x.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0);
  const room = { x: Math.abs(k) / 2, y: band / 2 + 1 };
  const spotsByRadius = new Map<number, [number, number][]>();
  const centre = new Map(opts.bands.domain().map((key) => [key, opts.bands(key)! + band / 2]));
  const radii = Array.from({ length: 12 }, (_, n) => opts.radius(n));
  const recent = new Map<string, PlacedMark[]>();
  const out: PlacedMark[] = [];
  for (let i = start; i < end; i++) {
    const mark = marks[i]!;
    const y = centre.get(mark.lane);
    if (y === undefined) continue;
    const placed: PlacedMark = { mark, x: r0 + (mark.day - d0) * k, y, r: radii[mark.outletCount] ?? opts.radius(mark.outletCount) };
    if (opts.dodge) {
      const lane = recent.get(mark.lane) ?? [];
      const r = placed.r + halo(mark);
      const spots = spotsByRadius.get(r) ?? spotsByRadius.set(r, candidateSpots(room, r)).get(r)!;
      const [dx, dy] = freeSpot({ ...placed, r }, lane, spots, room.x);
      placed.x += dx;
      placed.y += dy;
      lane.push(placed);
      if (lane.length > MAX_NEIGHBOURS) lane.shift(); // only near neighbours can collide; keeps this linear
      recent.set(mark.lane, lane);
    }
    out.push(placed);
  }
  return out;
}

/** Extra room the ongoing ring and the denied strike line take beyond the disc (see mark-style). */
const halo = (m: TimelineMark) => (m.modality === 'ongoing' || m.modality === 'denied' ? 3 : 0);

/**
 * Offsets a mark of radius r may take: a grid scaled to r (so the nearest few dozen reach past a neighbour),
 * inside the day's column and the lane, nearest first; sideways moves cost a little less than vertical ones.
 */
function candidateSpots(room: { x: number; y: number }, r: number): [number, number][] {
  const sx = Math.max(2, Math.round(r * 0.7));
  const sy = Math.max(2, Math.round(r * 0.4));
  const mx = Math.floor(Math.max(0, room.x - r) / sx);
  const my = Math.floor(Math.max(0, room.y - r) / sy);
  const spots: [number, number][] = [];
  for (let i = -mx; i <= mx; i++) for (let j = -my; j <= my; j++) spots.push([i * sx, j * sy]);
  return spots.sort((a, b) => Math.abs(a[0]) * 0.8 + Math.abs(a[1]) - (Math.abs(b[0]) * 0.8 + Math.abs(b[1])) || b[1] - a[1] || b[0] - a[0]);
}

/** The first spot where the mark clears its neighbours, or the least-overlapping nearby one when the lane is full. */
function freeSpot(p: PlacedMark, neighbours: PlacedMark[], spots: [number, number][], reachX: number): [number, number] {
  const reach = reachX + p.r + 12;
  const near = neighbours.filter((o) => Math.abs(o.x - p.x) < reach);
  if (near.length === 0) return [0, 0];
  let best: [number, number] = [0, 0];
  let bestClearance = -Infinity;
  let tries = 0;
  for (const spot of spots) {
    const c = clearance(p, spot, near);
    if (c >= 0) return spot;
    if (c > bestClearance) [best, bestClearance] = [spot, c];
    if (++tries >= MAX_TRIES) break; // a crowded day: settle for the least overlap among the nearest spots
  }
  return best;
}

/** How far the mark, moved by the offset, stays from touching its nearest neighbour (negative: overlap). */
function clearance(p: PlacedMark, [dx, dy]: [number, number], near: PlacedMark[]): number {
  let min = Infinity;
  for (const o of near) min = Math.min(min, Math.hypot(o.x - p.x - dx, o.y - p.y - dy) - (o.r + halo(o.mark) + p.r + 1));
  return min;
}

const byX = bisector((p: PlacedMark) => p.x);

/** Index of the placed mark under the pointer (nearest centre within its radius + slack), or -1. */
export function hitTest(placed: readonly PlacedMark[], px: number, py: number, maxRadius: number, slack = 2): number {
  let best = -1;
  let bestDist = Infinity;
  for (let i = byX.left(placed, px - maxRadius - slack); i < placed.length && placed[i]!.x <= px + maxRadius + slack; i++) {
    const p = placed[i]!;
    const d = Math.hypot(p.x - px, p.y - py);
    if (d <= p.r + slack && d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}
