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
 * Plot's dodge): each goes right of its mark, else left, where it overlaps no placed label and no labelled
 * mark, and leaves neither the plot nor its lane, on the side that covers none of the other large marks if
 * either does; a mark under an earlier label, or whose label fits nowhere, goes without. Smaller marks may
 * lie under a label (the marks are drawn over the labels). Zoomed out, marks crowd and fewer labels fit: the count thins with the room there is.
 */
export function placeClusterLabels(placed: readonly PlacedMark[], opts: LabelOptions): MarkLabel[] {
  const labels: MarkLabel[] = [];
  const labelledDiscs: Box[] = [];
  const labelled = new Set<string>();
  const candidates = largestMarks(placed, opts.maxLabels * 3, opts.width);
  const discs = candidates.map(discBox);
  for (const [i, p] of candidates.entries()) {
    if (labels.length >= opts.maxLabels) break;
    const lane = opts.laneOf(p.mark.lane);
    const disc = discs[i]!;
    if (!lane || labelled.has(p.mark.clusterId) || labels.some((l) => overlap(l, disc))) continue;
    const text = opts.textOf(p.mark);
    if (text === null) continue;
    const shown = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
    const inside = (b: Box) => b.x >= 0 && b.x + b.width <= opts.width && b.y >= lane[0] && b.y + b.height <= lane[1];
    const free = (b: Box) => !labels.some((l) => overlap(l, b)) && !labelledDiscs.some((d) => overlap(d, b));
    const sides = sidesOf(p, opts.measure(shown)).filter((b) => inside(b) && free(b));
    const box = sides.find((b) => !discs.some((d, j) => j !== i && overlap(d, b))) ?? sides[0];
    if (!box) continue;
    labels.push({ ...box, text: shown, mark: p.mark });
    labelledDiscs.push(disc);
    labelled.add(p.mark.clusterId);
  }
  return labels;
}

/** Where a label may stand: right of its mark, then left, vertically centred on it. */
function sidesOf(p: PlacedMark, width: number): Box[] {
  const y = p.y - LABEL_HEIGHT / 2;
  return [
    { x: p.x + p.r + GAP, y, width, height: LABEL_HEIGHT },
    { x: p.x - p.r - GAP - width, y, width, height: LABEL_HEIGHT },
  ];
}

const discBox = (p: PlacedMark): Box => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r });

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
