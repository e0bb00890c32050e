import type { SceneEdge } from './network-scene.ts';
import { DIM } from './network-marks.tsx';

/** The drawing calls edge painting needs: a subset of CanvasRenderingContext2D, so tests can record them. */
export type EdgeCanvas = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'stroke' | 'fill' | 'strokeStyle' | 'fillStyle' | 'lineWidth' | 'lineCap' | 'globalAlpha'
>;

/**
 * Paints the edges (thinnest first, as the scene orders them) with their arrowheads, the selected edge's
 * dark halo and the focused edge's blue one. Edges change wholesale on every brush move; on a canvas that
 * costs one repaint instead of creating and removing hundreds of SVG elements.
 */
export function paintEdges(ctx: EdgeCanvas, edges: SceneEdge[], size: { width: number; height: number; dpr: number }, focusedId: string | null): void {
  ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  for (const e of edges) {
    const focused = e.id === focusedId;
    ctx.globalAlpha = e.dimmed ? DIM * 0.7 : 1;
    if (e.selected || focused) {
      ctx.globalAlpha *= 0.5;
      line(ctx, e, focused ? '#2563eb' : '#0f172a', e.width + 5, 'round');
      ctx.globalAlpha = e.dimmed ? DIM * 0.7 : 1;
    }
    ctx.globalAlpha *= 0.85;
    line(ctx, e, e.colour, e.width, 'butt');
    ctx.globalAlpha = e.dimmed ? DIM * 0.7 : 1;
    ctx.fillStyle = e.colour;
    for (const head of e.heads) polygon(ctx, head);
  }
  ctx.globalAlpha = 1;
}

function line(ctx: EdgeCanvas, e: SceneEdge, colour: string, width: number, cap: CanvasLineCap): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = cap;
  ctx.beginPath();
  ctx.moveTo(e.x1, e.y1);
  ctx.lineTo(e.x2, e.y2);
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
