import type { MarkPaint } from './mark-style.ts';
import { STROKE_WIDTH } from './mark-style.ts';

/**
 * The timeline's marks drawn straight into a pixel buffer. A canvas path of thousands of small arcs is
 * rasterised on the main thread when the frame is finalised, and that took longer than everything else in
 * a brush move (about 20 ms for 4,000 marks, without a GPU). Here each mark is a pre-drawn stamp for its
 * paint, radius and quarter-pixel offset, blended in JavaScript: a few milliseconds for the same marks,
 * and the canvas then only copies the pixels in.
 */

/** A straight-alpha RGBA pixel buffer, laid out as `ImageData` holds it. */
export type PixelBuffer = { data: Uint8ClampedArray; width: number; height: number };

/** One mark to draw: its centre and radius in CSS pixels. */
export type RasterMark = { x: number; y: number; r: number };

/**
 * A stamp: the pixels one mark covers, as offsets from its centre pixel. Fully covered pixels come in runs
 * of one 32-bit word to store; partly covered (edge) pixels carry their colour to blend. The empty corners
 * of the drawing box are left out, so a mark costs only the pixels it touches.
 */
type Stamp = {
  /** Runs of opaque pixels of one colour along a row: dx, dy, length; and the colour as a buffer word. */
  runs: Int16Array;
  runWord: Uint32Array;
  /** dx, dy pairs of the partly covered pixels, their colour premultiplied (0 to 255) with alpha (0 to 1), and as a straight-alpha word. */
  edge: Int16Array;
  edgeRgba: Float32Array;
  /** What an edge pixel becomes over an empty one, the most common case: stored without blending. */
  edgeWord: Uint32Array;
  /** How far the stamp reaches from its centre pixel, for the clipping test. */
  half: number;
};

/** Subpixel positions are rounded to a quarter pixel: at most 1/8 px off, 16 stamps per paint and radius. */
const SUBPIXEL = 4;

/** Stamps per paint, reused across frames: the same few paints and radii recur in every frame. */
export class StampCache {
  private readonly byPaint = new Map<string, Map<number, Stamp>>();

  /** The stamps of one paint at one pixel ratio, keyed by radius and subpixel offset. */
  forPaint(paint: MarkPaint, dpr: number): Map<number, Stamp> {
    const key = `${paint.colour}|${paint.fill}|${paint.dash?.join(',') ?? ''}|${paint.outerRing}|${paint.strike}|${paint.opacity}|${dpr}`;
    let stamps = this.byPaint.get(key);
    if (!stamps) this.byPaint.set(key, (stamps = new Map()));
    return stamps;
  }
}

/** Clears the buffer to transparent. */
export function clearPixels(buf: PixelBuffer): void {
  buf.data.fill(0);
}

/** Blends the marks of one paint onto the buffer, in order, as the canvas would draw each one over the last. */
export function rasterGroup(
  buf: PixelBuffer,
  paint: MarkPaint,
  marks: readonly RasterMark[],
  dpr: number,
  cache: StampCache,
): void {
  const stamps = cache.forPaint(paint, dpr);
  const words = wordsOf(buf);
  for (const m of marks) {
    const X = m.x * dpr;
    const Y = m.y * dpr;
    let bx = Math.floor(X);
    let by = Math.floor(Y);
    let qx = Math.round((X - bx) * SUBPIXEL);
    let qy = Math.round((Y - by) * SUBPIXEL);
    if (qx === SUBPIXEL) {
      bx += 1;
      qx = 0;
    }
    if (qy === SUBPIXEL) {
      by += 1;
      qy = 0;
    }
    const key = (Math.round(m.r * 100) * SUBPIXEL + qx) * SUBPIXEL + qy;
    let stamp = stamps.get(key);
    if (!stamp) stamps.set(key, (stamp = drawStamp(paint, m.r, dpr, qx / SUBPIXEL, qy / SUBPIXEL)));
    blendStamp(buf, words, stamp, bx, by);
  }
}

/** Source-over of a stamp onto the straight-alpha buffer, clipped to its edges. */
function blendStamp(buf: PixelBuffer, words: Uint32Array, stamp: Stamp, bx: number, by: number): void {
  const { data, width, height } = buf;
  const { runs, runWord, edge, edgeRgba, edgeWord, half } = stamp;
  const inside = bx - half >= 0 && by - half >= 0 && bx + half < width && by + half < height;
  for (let k = 0, p = 0; k < runWord.length; k++, p += 3) {
    const y = by + runs[p + 1]!;
    if (y < 0 || y >= height) continue;
    let from = bx + runs[p]!;
    let to = from + runs[p + 2]!;
    if (!inside) {
      from = Math.max(0, from);
      to = Math.min(width, to);
    }
    const row = y * width;
    const word = runWord[k]!;
    for (let x = from; x < to; x++) words[row + x] = word;
  }
  for (let k = 0, p = 0; p < edge.length; k += 4, p += 2) {
    const x = bx + edge[p]!;
    const y = by + edge[p + 1]!;
    if (!inside && (x < 0 || y < 0 || x >= width || y >= height)) continue;
    const o = (y * width + x) * 4;
    const dstAlpha = data[o + 3]!;
    if (dstAlpha === 0) {
      words[o >> 2] = edgeWord[k >> 2]!;
      continue;
    }
    const sa = edgeRgba[k + 3]!;
    if (dstAlpha === 255) {
      // Over an opaque pixel (marks overlapping): the result stays opaque, no division.
      const keep = 1 - sa;
      data[o] = edgeRgba[k]! + data[o]! * keep;
      data[o + 1] = edgeRgba[k + 1]! + data[o + 1]! * keep;
      data[o + 2] = edgeRgba[k + 2]! + data[o + 2]! * keep;
      continue;
    }
    const keep = (dstAlpha / 255) * (1 - sa);
    const oa = sa + keep;
    const scale = 1 / oa;
    data[o] = (edgeRgba[k]! + data[o]! * keep) * scale;
    data[o + 1] = (edgeRgba[k + 1]! + data[o + 1]! * keep) * scale;
    data[o + 2] = (edgeRgba[k + 2]! + data[o + 2]! * keep) * scale;
    data[o + 3] = oa * 255;
  }
}

/** The buffer's pixels as 32-bit words, for storing an opaque pixel in one write. */
function wordsOf(buf: PixelBuffer): Uint32Array {
  return new Uint32Array(buf.data.buffer, buf.data.byteOffset, buf.data.length >> 2);
}

/** A straight-alpha colour (channels 0 to 1, opaque unless said) as a 32-bit word in this machine's byte order. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function wordOf(r: number, g: number, b: number, a = 1): number {
  const R = byteOf(r);
  const G = byteOf(g);
  const B = byteOf(b);
  const A = byteOf(a);
  return (LITTLE_ENDIAN ? (A << 24) | (B << 16) | (G << 8) | R : (R << 24) | (G << 16) | (B << 8) | A) >>> 0;
}

/** A channel from 0 to 1 as a byte. */
function byteOf(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v * 255)));
}

/** Strike-through line: this far past the circle on each side, this thick (as the SVG marks draw it). */
const STRIKE_OVERHANG = 3;
const STRIKE_WIDTH = 2;
/** The dotted ring of an ongoing event: its gap from the disc, its width and its dots. */
const OUTER_RING_GAP = 2;
const OUTER_RING_WIDTH = 1.5;
const OUTER_RING_DASH = [2, 2];

/**
 * Draws one stamp: the layers the canvas renderer would draw for this paint, composited in its order.
 * Thousands are drawn on a first paint (paints, radii and subpixel offsets), so each row is drawn only
 * across the columns some layer can reach; `rows` keeps those columns for packStamp.
 */
function drawStamp(paint: MarkPaint, r: number, dpr: number, fx: number, fy: number): Stamp {
  const half = Math.ceil((r + STRIKE_OVERHANG + OUTER_RING_GAP) * dpr) + 1;
  const size = 2 * half + 1;
  const rgba = scratch.box(size);
  const rows = scratch.rows(size);
  const ink = { colour: rgbOf(paint.colour), fill: rgbOf(paint.fill) };
  // Every coverage is zero a whole device pixel beyond its edge, and `over` leaves zero coverage out.
  const reach = roundReach(paint, r) + 1 / dpr;
  for (let j = 0; j < size; j++) {
    // Pixel centres relative to the mark's centre, in CSS pixels.
    const dy = (j + 0.5 - half - fy) / dpr;
    const struck = paint.strike && !paint.outerRing && Math.abs(dy) < STRIKE_WIDTH / 2 + 1 / dpr;
    const across = struck ? half : Math.abs(dy) < reach ? Math.sqrt(reach * reach - dy * dy) * dpr + 1 : -1;
    const from = Math.max(0, Math.floor(half + fx - 0.5 - across));
    const to = Math.min(size - 1, Math.ceil(half + fx - 0.5 + across));
    rows[2 * j] = from;
    rows[2 * j + 1] = to;
    for (let i = from; i <= to; i++) {
      const dx = (i + 0.5 - half - fx) / dpr;
      const d = Math.hypot(dx, dy);
      if (d < reach || struck) drawPixel(rgba, (j * size + i) * 4, paint, ink, r, dpr, dx, dy, d);
    }
  }
  return packStamp(rgba, size, half, rows);
}

/** The layers of one pixel of a stamp, at (dx, dy) from the mark's centre and d from it, in CSS pixels. */
function drawPixel(
  rgba: Float32Array,
  o: number,
  paint: MarkPaint,
  ink: { colour: Rgb; fill: Rgb },
  r: number,
  dpr: number,
  dx: number,
  dy: number,
  d: number,
): void {
  if (paint.fill === paint.colour) {
    over(rgba, o, ink.colour, disc(d, r, dpr) * paint.opacity);
  } else {
    const inner = r - STROKE_WIDTH / 2;
    over(rgba, o, ink.fill, disc(d, inner, dpr) * paint.opacity);
    const on = paint.dash ? dashOn(dx, dy, inner, paint.dash) : 1;
    over(rgba, o, ink.colour, ring(d, inner, STROKE_WIDTH, dpr) * on * paint.opacity);
  }
  if (paint.outerRing) {
    const rr = r + OUTER_RING_GAP;
    over(rgba, o, ink.colour, ring(d, rr, OUTER_RING_WIDTH, dpr) * dashOn(dx, dy, rr, OUTER_RING_DASH) * paint.opacity);
  } else if (paint.strike) {
    const across =
      span(dx, -r - STRIKE_OVERHANG, r + STRIKE_OVERHANG, dpr) * span(dy, -STRIKE_WIDTH / 2, STRIKE_WIDTH / 2, dpr);
    over(rgba, o, ink.colour, across * paint.opacity);
  }
}

/** How far from the centre the round layers (disc, outline, outer ring) reach, in CSS pixels. */
function roundReach(paint: MarkPaint, r: number): number {
  // A disc ends at r, and so does a hollow mark's outline (centred on r minus half its width).
  return paint.outerRing ? r + OUTER_RING_GAP + OUTER_RING_WIDTH / 2 : r;
}

/**
 * Working buffers for drawing and packing a stamp, sized for the largest stamp so far and reused: a first
 * paint draws thousands of stamps, and fresh buffers for each were most of the garbage it made.
 */
class StampScratch {
  private area = 0;
  private rgba = new Float32Array(0);
  private columns = new Int16Array(0);
  private packed = {
    runs: new Int16Array(0),
    runWord: new Uint32Array(0),
    edge: new Int16Array(0),
    edgeRgba: new Float32Array(0),
    edgeWord: new Uint32Array(0),
  };

  /** A cleared premultiplied RGBA box of size × size pixels. */
  box(size: number): Float32Array {
    this.fit(size * size);
    const box = this.rgba.subarray(0, size * size * 4);
    box.fill(0);
    return box;
  }

  /** The first and last column drawn on each row of a size × size box. */
  rows(size: number): Int16Array {
    this.fit(size * size);
    return this.columns;
  }

  /** Room for every pixel of a size × size box as a run or an edge pixel (the stamp copies out what it used). */
  packing(size: number): StampScratch['packed'] {
    this.fit(size * size);
    return this.packed;
  }

  private fit(area: number): void {
    if (area <= this.area) return;
    this.area = area;
    this.rgba = new Float32Array(area * 4);
    this.columns = new Int16Array(2 * Math.ceil(Math.sqrt(area)));
    this.packed = {
      runs: new Int16Array(area * 3),
      runWord: new Uint32Array(area),
      edge: new Int16Array(area * 2),
      edgeRgba: new Float32Array(area * 4),
      edgeWord: new Uint32Array(area),
    };
  }
}

const scratch = new StampScratch();

/** Splits a drawn box into its opaque and its partly covered pixels, dropping the empty ones. */
function packStamp(rgba: Float32Array, size: number, half: number, rows: Int16Array): Stamp {
  const { runs, runWord, edge, edgeRgba, edgeWord } = scratch.packing(size);
  let nRuns = 0;
  let nEdge = 0;
  for (let j = 0; j < size; j++) {
    for (let i = rows[2 * j]!; i <= rows[2 * j + 1]!; i++) {
      const o = (j * size + i) * 4;
      const a = rgba[o + 3]!;
      if (a < 1 / 512) continue;
      // Fully covered pixels are stored without blending (premultiplied equals straight at alpha 1).
      if (a > 0.999) {
        const word = wordOf(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!);
        const last = nRuns - 1;
        // Extends the previous run when it ends right here on this row with the same colour.
        if (
          last >= 0 &&
          runWord[last] === word &&
          runs[3 * last + 1] === j - half &&
          runs[3 * last]! + runs[3 * last + 2]! === i - half
        )
          runs[3 * last + 2]!++;
        else {
          runs[3 * nRuns] = i - half;
          runs[3 * nRuns + 1] = j - half;
          runs[3 * nRuns + 2] = 1;
          runWord[nRuns++] = word;
        }
      } else {
        edge[2 * nEdge] = i - half;
        edge[2 * nEdge + 1] = j - half;
        edgeRgba[4 * nEdge] = rgba[o]! * 255;
        edgeRgba[4 * nEdge + 1] = rgba[o + 1]! * 255;
        edgeRgba[4 * nEdge + 2] = rgba[o + 2]! * 255;
        edgeRgba[4 * nEdge + 3] = a;
        edgeWord[nEdge++] = wordOf(rgba[o]! / a, rgba[o + 1]! / a, rgba[o + 2]! / a, a);
      }
    }
  }
  return {
    runs: runs.slice(0, 3 * nRuns),
    runWord: runWord.slice(0, nRuns),
    edge: edge.slice(0, 2 * nEdge),
    edgeRgba: edgeRgba.slice(0, 4 * nEdge),
    edgeWord: edgeWord.slice(0, nEdge),
    half,
  };
}

/** Coverage of a pixel at distance d (CSS px) by a disc of radius r: a one-device-pixel ramp at the edge. */
function disc(d: number, r: number, dpr: number): number {
  return clamp01((r - d) * dpr + 0.5);
}

/** Coverage by a ring of width w centred on radius r. */
function ring(d: number, r: number, w: number, dpr: number): number {
  return Math.max(0, disc(d, r + w / 2, dpr) - disc(d, r - w / 2, dpr));
}

/** Coverage of a pixel at offset v by the interval [from, to] along one axis. */
function span(v: number, from: number, to: number, dpr: number): number {
  return Math.min(clamp01((v - from) * dpr + 0.5), clamp01((to - v) * dpr + 0.5));
}

/**
 * Whether the dash pattern is on at this point of a circle of radius r: the canvas starts the pattern at
 * angle 0 (east) and runs it clockwise along the arc, in CSS pixels.
 */
function dashOn(dx: number, dy: number, r: number, dash: readonly number[]): number {
  let angle = Math.atan2(dy, dx);
  if (angle < 0) angle += Math.PI * 2;
  const period = dash.reduce((a, b) => a + b, 0);
  let along = (angle * r) % period;
  for (let k = 0; k < dash.length; k++) {
    if (along < dash[k]!) return k % 2 === 0 ? 1 : 0;
    along -= dash[k]!;
  }
  return 0;
}

/** Source-over of a straight colour at coverage a onto a premultiplied pixel. */
function over(rgba: Float32Array, o: number, [r, g, b]: Rgb, a: number): void {
  if (a <= 0) return;
  const keep = 1 - a;
  rgba[o] = r * a + rgba[o]! * keep;
  rgba[o + 1] = g * a + rgba[o + 1]! * keep;
  rgba[o + 2] = b * a + rgba[o + 2]! * keep;
  rgba[o + 3] = a + rgba[o + 3]! * keep;
}

function clamp01(v: number): number {
  return v <= 0 ? 0 : v >= 1 ? 1 : v;
}

/** A colour as three channels from 0 to 1. */
type Rgb = readonly [number, number, number];

/** A `#rrggbb` colour as three channels from 0 to 1. */
function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
