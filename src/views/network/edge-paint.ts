import type { SceneEdge } from './network-scene.ts';
import { DIM } from './network-marks.tsx';
import { CONFLICT_COLOUR, COOPERATION_COLOUR } from './network-scales.ts';

/** The drawing calls edge painting needs: a subset of CanvasRenderingContext2D, so tests can record them. */
export type EdgeCanvas = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'stroke'
  | 'fill'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'globalAlpha'
>;

/**
 * Paints the edges (thinnest first, as the scene orders them) with their arrowheads, the selected edge's
 * dark halo and the focused edge's blue one. Each edge is its strands (see edgeStrokes): a link that mixes
 * cooperation and conflict shows both, instead of a blended colour that reads as no relation at all. Edges
 * change wholesale on every brush move; on a canvas that costs one repaint instead of creating and removing
 * hundreds of SVG elements.
 */
export function paintEdges(
  ctx: EdgeCanvas,
  edges: SceneEdge[],
  size: { width: number; height: number; dpr: number },
  focusedId: string | null,
): void {
  ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.lineCap = 'butt';
  for (const e of edges) {
    const focused = e.id === focusedId;
    const alpha = e.dimmed ? DIM * 0.7 : 1;
    const strokes = edgeStrokes(e);
    if (e.selected || focused) {
      ctx.globalAlpha = alpha * 0.5;
      ctx.lineCap = 'round';
      line(ctx, e, focused ? '#2563eb' : '#0f172a', strandsWidth(strokes) + 5);
      ctx.lineCap = 'butt';
    }
    ctx.globalAlpha = alpha * 0.85;
    for (const s of strokes) line(ctx, s, s.colour, s.width);
    ctx.globalAlpha = alpha;
    ctx.fillStyle = e.colour;
    for (const head of e.heads) polygon(ctx, head);
  }
  ctx.globalAlpha = 1;
}

/** One strand of an edge: a line in one colour. */
export type EdgeStroke = { colour: string; width: number; x1: number; y1: number; x2: number; y2: number };

/** The narrowest strand drawn: a lone conflict on a busy cooperative link must still show. */
const MIN_STRAND_WIDTH = 1;

/**
 * An edge's strands: one stroke for a link of one kind; for a mixed link a cooperation strand and a conflict
 * strand side by side (cooperation on the left looking from a to b), widths in proportion to their counts,
 * together as wide as the link (each at least a pixel).
 */
export function edgeStrokes(e: SceneEdge): EdgeStroke[] {
  const { x1, y1, x2, y2 } = e;
  if (e.conflict === 0 || e.cooperation === 0)
    return [{ colour: e.conflict === 0 ? COOPERATION_COLOUR : CONFLICT_COLOUR, width: e.width, x1, y1, x2, y2 }];
  const total = e.cooperation + e.conflict;
  const coop = Math.max(MIN_STRAND_WIDTH, (e.width * e.cooperation) / total);
  const conflict = Math.max(MIN_STRAND_WIDTH, (e.width * e.conflict) / total);
  const half = (coop + conflict) / 2;
  // The unit normal to the line; a zero-length line has none, and its strands then overlap harmlessly.
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = -(y2 - y1) / length;
  const ny = (x2 - x1) / length;
  const strand = (colour: string, width: number, offset: number): EdgeStroke => ({
    colour,
    width,
    x1: x1 + nx * offset,
    y1: y1 + ny * offset,
    x2: x2 + nx * offset,
    y2: y2 + ny * offset,
  });
  return [strand(COOPERATION_COLOUR, coop, coop / 2 - half), strand(CONFLICT_COLOUR, conflict, half - conflict / 2)];
}

function strandsWidth(strokes: EdgeStroke[]): number {
  return strokes.reduce((sum, s) => sum + s.width, 0);
}

function line(
  ctx: EdgeCanvas,
  at: { x1: number; y1: number; x2: number; y2: number },
  colour: string,
  width: number,
): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(at.x1, at.y1);
  ctx.lineTo(at.x2, at.y2);
  ctx.stroke();
}

/** An arrowhead in SVG `points` syntax ("x,y x,y x,y"), the form the scene computes. */
function polygon(ctx: EdgeCanvas, points: string): void {
  ctx.beginPath();
  points.split(' ').forEach((pair, i) => {
    const [x, y] = pair.split(',').map(Number) as [number, number];
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.closePath();
  ctx.fill();
}

/**
 * The edge under a point: the topmost (last drawn) whose line passes within its half-width plus a few
 * pixels, so that thin links stay easy to hit. -1 when none.
 */
export function hitEdge(edges: SceneEdge[], x: number, y: number): number {
  for (let i = edges.length - 1; i >= 0; i--) {
    const e = edges[i]!;
    const reach = Math.max(5, e.width / 2 + 3);
    if (distanceToSegment(x, y, e.x1, e.y1, e.x2, e.y2) <= reach) return i;
  }
  return -1;
}

export function distanceToSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}
