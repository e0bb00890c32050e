import type { PlacedMark } from './marks-layout.ts';
import { clearPixels, type PixelBuffer, rasterGroup, StampCache } from './mark-raster.ts';
import { type MarkPaint, markPaint } from './mark-style.ts';

/** Above this many marks the outlet counts are left out: they would be illegible and cost most of the frame. */
const MAX_LABELLED = 400;

const stamps = new StampCache();
/** One pixel buffer per canvas, reused while its size holds. */
const buffers = new WeakMap<CanvasRenderingContext2D, ImageData>();

/**
 * Paints the marks onto a canvas: blended into a pixel buffer by style (mark-raster.ts), copied in at once,
 * then the outlet counts drawn on top as text.
 */
export function paintMarks(ctx: CanvasRenderingContext2D, placed: readonly PlacedMark[], size: { width: number; height: number; dpr: number }): void {
  const image = bufferFor(ctx);
  const pixels: PixelBuffer = { data: image.data, width: image.width, height: image.height };
  clearPixels(pixels);
  const groups = new Map<string, { paint: MarkPaint; marks: PlacedMark[] }>();
  for (const p of placed) {
    const key = `${p.mark.quad}|${p.mark.modality}|${p.mark.dated ? 1 : 0}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { paint: markPaint(p.mark.quad, p.mark.modality, p.mark.dated), marks: [] }));
    g.marks.push(p);
  }
  for (const { paint, marks } of groups.values()) rasterGroup(pixels, paint, onePerPixel(marks), size.dpr, stamps);
  ctx.putImageData(image, 0, 0);
  ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
  if (placed.length <= MAX_LABELLED) paintCounts(ctx, placed);
}

function bufferFor(ctx: CanvasRenderingContext2D): ImageData {
  const { width, height } = ctx.canvas;
  let image = buffers.get(ctx);
  if (!image || image.width !== width || image.height !== height) buffers.set(ctx, (image = ctx.createImageData(width, height)));
  return image;
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
