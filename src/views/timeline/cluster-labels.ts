import type { TimelineMark } from '../../selectors/timeline.ts';
import type { PlacedMark } from './marks-layout.ts';

/** A label's box in plot pixels (top-left corner), with its text and the mark it names. */
export type MarkLabel = { x: number; y: number; width: number; height: number; text: string; mark: TimelineMark };

type Box = { x: number; y: number; width: number; height: number };

/** The labels' font size and line box, in px (the layer draws them at this size). */
export const LABEL_FONT_PX = 11;
export const LABEL_HEIGHT = 14;
/** Longer labels are cut: a label names an event, it does not tell it. */
const MAX_CHARS = 34;
/** Room between a mark and its label. */
const GAP = 3;

/**
 * Width of a label in px, estimated from its characters (about 0.56 em each in the UI's sans-serif): no
 * canvas is needed and the estimate is the same in tests. Generous, so an estimate never lets labels touch.
 */
export function estimateTextWidth(text: string): number {
  return Math.ceil(text.length * LABEL_FONT_PX * 0.58) + 4;
}

/** How many labels a plot of this width may carry at most: about one per 150 px, at least 2. */
export function labelBudget(width: number): number {
  return Math.max(2, Math.min(12, Math.floor(width / 150)));
}

/**
 * The k marks whose centres are on screen with the most outlets, most first. Among equals the order is a
 * fixed scatter of their days, not their dates: earlier-first would crowd every label into the window's
 * left edge when thousands tie. One pass with a small sorted buffer, so a hundred thousand marks cost one scan.
 */
export function largestMarks(placed: readonly PlacedMark[], k: number, width: number): PlacedMark[] {
  const top: PlacedMark[] = [];
  const rank: number[] = [];
  for (const p of placed) {
    if (p.x < 0 || p.x > width) continue;
    // Outlets first, the scatter (below 1) breaking ties: one number to compare.
    const r = p.mark.outletCount + scatter(p.mark.day);
    if (top.length === k && r <= rank[k - 1]!) continue;
    let i = top.length;
    while (i > 0 && rank[i - 1]! < r) i--;
    top.splice(i, 0, p);
    rank.splice(i, 0, r);
    if (top.length > k) {
      top.pop();
      rank.pop();
    }
  }
  return top;
}

/** A fixed pseudo-random number in [0, 1) for a day (an integer hash): the same on every frame, so labels hold still. */
function scatter(day: number): number {
  let h = Math.imul(Math.round(day * 2) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

type LabelOptions = {
  width: number;
  /** Top and bottom of a lane's band: a label stays inside its mark's lane. */
  laneOf: (lane: string) => readonly [number, number] | undefined;
  /** A mark's label text (null: none). */
  textOf: (mark: TimelineMark) => string | null;
  measure: (text: string) => number;
  maxLabels: number;
};

/**
 * Labels for the largest marks in view, placed greedily in rank order (a transform after the layout, as
 * Plot's dodge): each goes right of its mark, left, above, below or at a lane edge beside it, where it overlaps no placed label and no
 * labelled mark and leaves neither the plot nor its lane; among those spots it takes the one that covers the
 * fewest other marks (weighted by their outlets, so a busy neighbour counts more), the earlier in that order
 * on a tie. A mark under an earlier label, or whose label fits nowhere, goes without. Zoomed out, marks crowd
 * and fewer labels fit: the count thins with the room there is.
 */
export function placeClusterLabels(placed: readonly PlacedMark[], opts: LabelOptions): MarkLabel[] {
  const labels: MarkLabel[] = [];
  const labelledDiscs: Box[] = [];
  const labelled = new Set<string>();
  const candidates = largestMarks(placed, opts.maxLabels * 3, opts.width);
  const covered = markGrid(placed, opts.width);
  for (const p of candidates) {
    if (labels.length >= opts.maxLabels) break;
    const lane = opts.laneOf(p.mark.lane);
    const disc = discBox(p);
    if (!lane || labelled.has(p.mark.clusterId) || labels.some((l) => overlap(l, disc))) continue;
    const text = opts.textOf(p.mark);
    if (text === null) continue;
    const shown = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
    const inside = (b: Box) => b.x >= 0 && b.x + b.width <= opts.width && b.y >= lane[0] && b.y + b.height <= lane[1];
    const free = (b: Box) => !labels.some((l) => overlap(l, b)) && !labelledDiscs.some((d) => overlap(d, b));
    const box = leastCovering(
      spotsOf(p, opts.measure(shown), lane).filter((b) => inside(b) && free(b)),
      p,
      covered,
    );
    if (!box) continue;
    labels.push({ ...box, text: shown, mark: p.mark });
    labelledDiscs.push(disc);
    labelled.add(p.mark.clusterId);
  }
  return labels;
}

/** The spot whose box covers the least weight of other marks; the first of the tied ones. */
function leastCovering(spots: Box[], own: PlacedMark, grid: MarkGrid): Box | undefined {
  let best: Box | undefined;
  let bestWeight = Infinity;
  for (const b of spots) {
    const w = grid.weightUnder(b, own);
    if (w < bestWeight) [best, bestWeight] = [b, w];
    if (w === 0) break;
  }
  return best;
}

/**
 * Where a label may stand: right of its mark, then left (centred on it), then above and below it, then right
 * and left again but raised to the lane's top or lowered to its bottom, clear of the row of marks on the
 * lane's centre line (a lane is rarely tall enough for a label straight above a large mark).
 */
function spotsOf(p: PlacedMark, width: number, lane: readonly [number, number]): Box[] {
  const y = p.y - LABEL_HEIGHT / 2;
  const centred = Math.max(0, p.x - width / 2);
  const right = p.x + p.r + GAP;
  const left = p.x - p.r - GAP - width;
  const top = lane[0] + 1;
  const bottom = lane[1] - 1 - LABEL_HEIGHT;
  const box = (x: number, y: number): Box => ({ x, y, width, height: LABEL_HEIGHT });
  return [
    box(right, y),
    box(left, y),
    box(centred, p.y - p.r - 1 - LABEL_HEIGHT),
    box(centred, p.y + p.r + 1),
    box(right, top),
    box(right, bottom),
    box(left, top),
    box(left, bottom),
  ];
}

type MarkGrid = { weightUnder: (box: Box, own: PlacedMark) => number };

/** Column width of the grid that finds the marks under a label without scanning every mark. */
const CELL = 32;

/** The on-screen marks bucketed by column, so each label spot looks only at the marks near it. */
function markGrid(placed: readonly PlacedMark[], width: number): MarkGrid {
  const columns: PlacedMark[][] = Array.from({ length: Math.ceil(width / CELL) + 1 }, () => []);
  for (const p of placed) {
    if (p.x + p.r < 0 || p.x - p.r > width) continue;
    const from = Math.max(0, Math.floor((p.x - p.r) / CELL));
    const to = Math.min(columns.length - 1, Math.floor((p.x + p.r) / CELL));
    for (let c = from; c <= to; c++) columns[c]!.push(p);
  }
  const weightUnder = (box: Box, own: PlacedMark) => {
    const seen = new Set<PlacedMark>();
    let weight = 0;
    const from = Math.max(0, Math.floor(box.x / CELL));
    const to = Math.min(columns.length - 1, Math.floor((box.x + box.width) / CELL));
    for (let c = from; c <= to; c++)
      for (const p of columns[c]!) {
        if (p === own || seen.has(p) || !overlap(box, discBox(p))) continue;
        seen.add(p);
        weight += p.mark.outletCount;
      }
    return weight;
  };
  return { weightUnder };
}

const discBox = (p: PlacedMark): Box => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r });

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
