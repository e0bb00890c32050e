import type { PlacedMark } from './marks-layout.ts';
import { type MarkPaint, markPaint, STROKE_WIDTH } from './mark-style.ts';

/** Above this many marks the outlet counts are left out: they would be illegible and cost most of the frame. */
const MAX_LABELLED = 400;

/**
 * Paints the marks onto a canvas. Marks sharing a paint are drawn as one path (one fill and one stroke per
 * style instead of per mark), which keeps tens of thousands of marks within a few milliseconds.
 */
export function paintMarks(ctx: CanvasRenderingContext2D, placed: readonly PlacedMark[], size: { width: number; height: number; dpr: number }): void {
  ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  const groups = new Map<string, { paint: MarkPaint; marks: PlacedMark[] }>();
  for (const p of placed) {
    const key = `${p.mark.quad}|${p.mark.modality}|${p.mark.dated ? 1 : 0}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { paint: markPaint(p.mark.quad, p.mark.modality, p.mark.dated), marks: [] }));
    g.marks.push(p);
  }
  for (const { paint, marks } of groups.values()) paintGroup(ctx, paint, marks);
  if (placed.length <= MAX_LABELLED) paintCounts(ctx, placed);
}

/** Marks of one style that land on the same pixel draw identically: above this many, draw each pixel once. */
const DEDUPE_FROM = 2000;

/** One mark per whole-pixel position: in a zoomed-out view most marks sit exactly on top of an identical one. */
function onePerPixel(marks: PlacedMark[]): PlacedMark[] {
  if (marks.length < DEDUPE_FROM) return marks;
  const seen = new Set<number>();
  return marks.filter((p) => {
    const key = Math.round(p.x) * 8192 + Math.round(p.y) * 16 + Math.round(p.r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function paintGroup(ctx: CanvasRenderingContext2D, paint: MarkPaint, all: PlacedMark[]): void {
  const marks = onePerPixel(all);
  const solid = paint.fill === paint.colour;
  ctx.globalAlpha = paint.opacity;
  ctx.beginPath();
  for (const p of marks) {
    const r = solid ? p.r : p.r - STROKE_WIDTH / 2;
    ctx.moveTo(p.x + r, p.y);
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = paint.fill;
  ctx.fill();
  if (!solid) {
    ctx.strokeStyle = paint.colour;
    ctx.lineWidth = STROKE_WIDTH;
    ctx.setLineDash(paint.dash ?? []);
    ctx.stroke();
  }
  if (paint.outerRing || paint.strike) {
    ctx.beginPath();
    for (const p of marks) {
      if (paint.outerRing) {
        ctx.moveTo(p.x + p.r + 2, p.y);
        ctx.arc(p.x, p.y, p.r + 2, 0, Math.PI * 2);
      } else {
        ctx.moveTo(p.x - p.r - 3, p.y);
        ctx.lineTo(p.x + p.r + 3, p.y);
      }
    }
    ctx.strokeStyle = paint.colour;
    ctx.lineWidth = paint.outerRing ? 1.5 : 2;
    ctx.setLineDash(paint.outerRing ? [2, 2] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

function paintCounts(ctx: CanvasRenderingContext2D, placed: readonly PlacedMark[]): void {
  ctx.font = 'bold 9px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const p of placed) {
    if (p.mark.outletCount < 2) continue;
    const paint = markPaint(p.mark.quad, p.mark.modality, p.mark.dated);
    ctx.globalAlpha = paint.opacity;
    ctx.fillStyle = paint.text;
    ctx.fillText(String(p.mark.outletCount), p.x, p.y + 0.5);
  }
  ctx.globalAlpha = 1;
}
