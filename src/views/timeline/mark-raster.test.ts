import { describe, expect, it } from 'vitest';
import { clearPixels, type PixelBuffer, rasterGroup, StampCache } from './mark-raster.ts';
import { markPaint } from './mark-style.ts';

const BLUE = [0x3b, 0x82, 0xf6];

function buffer(width = 40, height = 30): PixelBuffer {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

/** The pixel whose square contains the CSS point (x, y) at pixel ratio dpr. */
function pixel(buf: PixelBuffer, x: number, y: number, dpr = 1): number[] {
  const o = (Math.floor(y * dpr) * buf.width + Math.floor(x * dpr)) * 4;
  return [...buf.data.slice(o, o + 4)];
}

describe('rasterGroup', () => {
  it('draws an occurred mark as an opaque disc of its quad colour, nothing outside it', () => {
    const buf = buffer();
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'occurred', true),
      [{ x: 20.5, y: 15.5, r: 6 }],
      1,
      new StampCache(),
    );
    expect(pixel(buf, 20.5, 15.5)).toEqual([...BLUE, 255]);
    expect(pixel(buf, 25, 15.5)).toEqual([...BLUE, 255]);
    expect(pixel(buf, 28.5, 15.5)[3]).toBe(0);
    expect(pixel(buf, 20.5, 23.5)[3]).toBe(0);
  });

  it('anti-aliases the edge: a pixel half inside is half covered', () => {
    const buf = buffer();
    // Pixel 26 spans 26..27; its centre lies exactly on the circle of radius 6 around 20.5.
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'occurred', true),
      [{ x: 20.5, y: 15.5, r: 6 }],
      1,
      new StampCache(),
    );
    expect(pixel(buf, 26.5, 15.5)[3]).toBeGreaterThan(100);
    expect(pixel(buf, 26.5, 15.5)[3]).toBeLessThan(155);
  });

  it('draws a planned mark hollow: white inside, a coloured outline', () => {
    const buf = buffer();
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'planned', true),
      [{ x: 20.5, y: 15.5, r: 6 }],
      1,
      new StampCache(),
    );
    expect(pixel(buf, 20.5, 15.5)).toEqual([255, 255, 255, 255]);
    expect(pixel(buf, 25.5, 15.5)).toEqual([...BLUE, 255]);
  });

  it('dashes a hypothetical mark: its outline has coloured and uncoloured stretches', () => {
    const buf = buffer();
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'hypothetical', true),
      [{ x: 20.5, y: 15.5, r: 8 }],
      1,
      new StampCache(),
    );
    const outline = Array.from({ length: 72 }, (_, k) => {
      const a = (k / 72) * Math.PI * 2;
      return pixel(buf, 20.5 + 6.9 * Math.cos(a), 15.5 + 6.9 * Math.sin(a));
    });
    const coloured = outline.filter(([r, g, b]) => b! > 200 && r! < 120 && g! < 180).length;
    expect(coloured).toBeGreaterThan(15);
    expect(coloured).toBeLessThan(60);
  });

  it('strikes a denied mark through beyond its edge', () => {
    const buf = buffer();
    rasterGroup(buf, markPaint('verbal-cooperation', 'denied', true), [{ x: 20.5, y: 15, r: 5 }], 1, new StampCache());
    expect(pixel(buf, 27, 15)).toEqual([...BLUE, 255]);
    expect(pixel(buf, 27, 12)[3]).toBe(0);
  });

  it('rings an ongoing mark outside its disc', () => {
    const buf = buffer();
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'ongoing', true),
      [{ x: 20.5, y: 15.5, r: 5 }],
      1,
      new StampCache(),
    );
    const ring = Array.from({ length: 72 }, (_, k) => {
      const a = (k / 72) * Math.PI * 2;
      return pixel(buf, 20.5 + 7 * Math.cos(a), 15.5 + 7 * Math.sin(a))[3]!;
    });
    expect(ring.filter((a) => a > 100).length).toBeGreaterThan(10);
    expect(ring.filter((a) => a === 0).length).toBeGreaterThan(5);
  });

  it('fades an undated mark to the paint opacity', () => {
    const buf = buffer();
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'occurred', false),
      [{ x: 20.5, y: 15.5, r: 6 }],
      1,
      new StampCache(),
    );
    expect(pixel(buf, 20.5, 15.5)).toEqual([...BLUE, Math.round(0.45 * 255)]);
  });

  it('blends a later mark over an earlier one, as the canvas draws them', () => {
    const buf = buffer();
    const cache = new StampCache();
    rasterGroup(buf, markPaint('material-conflict', 'occurred', true), [{ x: 20.5, y: 15.5, r: 6 }], 1, cache);
    rasterGroup(buf, markPaint('verbal-cooperation', 'occurred', false), [{ x: 20.5, y: 15.5, r: 6 }], 1, cache);
    const [r, g, b, a] = pixel(buf, 20.5, 15.5);
    expect(a).toBe(255);
    // 45% blue over opaque red.
    expect(r).toBeCloseTo(0.45 * 0x3b + 0.55 * 0xdc, -1);
    expect(b).toBeCloseTo(0.45 * 0xf6 + 0.55 * 0x26, -1);
    expect(g).toBeGreaterThan(0);
  });

  it('draws at device pixel ratio 2 at twice the size', () => {
    const buf = buffer(80, 60);
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'occurred', true),
      [{ x: 20.5, y: 15.5, r: 6 }],
      2,
      new StampCache(),
    );
    expect(pixel(buf, 25.5, 15.5, 2)).toEqual([...BLUE, 255]);
    expect(pixel(buf, 27.5, 15.5, 2)[3]).toBe(0);
  });

  it('clips a mark at the left edge instead of wrapping it onto the row above', () => {
    const buf = buffer(20, 10);
    rasterGroup(buf, markPaint('verbal-conflict', 'denied', true), [{ x: -2, y: 5, r: 6 }], 1, new StampCache());
    expect(pixel(buf, 0, 5)[3]).toBeGreaterThan(0);
    // Wrapped pixels would land at the right end of the rows above.
    for (let y = 0; y < 10; y++) expect(pixel(buf, 19, y)[3]).toBe(0);
  });

  it('clips marks at the right and bottom edges, and skips marks wholly outside', () => {
    const buf = buffer(20, 10);
    rasterGroup(
      buf,
      markPaint('verbal-conflict', 'denied', true),
      [
        { x: 19, y: 9, r: 6 },
        { x: 500, y: 500, r: 6 },
      ],
      1,
      new StampCache(),
    );
    expect(pixel(buf, 19, 9)[3]).toBeGreaterThan(0);
    // Nothing wrapped onto the left end of the rows.
    for (let y = 0; y < 10; y++) expect(pixel(buf, 0, y)[3]).toBe(0);
  });

  it('draws the same pixels whether the stamp is new or cached', () => {
    const cache = new StampCache();
    const paint = markPaint('material-cooperation', 'hypothetical', true);
    const a = buffer();
    rasterGroup(a, paint, [{ x: 10.3, y: 12.7, r: 5 }], 1, cache);
    const b = buffer();
    rasterGroup(b, paint, [{ x: 10.3, y: 12.7, r: 5 }], 1, cache);
    expect(b.data).toEqual(a.data);
    clearPixels(b);
    expect(b.data.every((v) => v === 0)).toBe(true);
  });

  it('draws a small stamp after larger ones as it draws it first (the working buffers are reused)', () => {
    const small = { x: 12.6, y: 9.4, r: 5 };
    for (const modality of ['occurred', 'ongoing', 'planned', 'hypothetical', 'denied'] as const) {
      const paint = markPaint('verbal-conflict', modality, true);
      const fresh = buffer();
      rasterGroup(fresh, paint, [small], 2, new StampCache());
      const cache = new StampCache();
      rasterGroup(buffer(80, 60), markPaint('material-conflict', 'denied', false), [{ x: 30, y: 20, r: 11 }], 2, cache);
      const after = buffer();
      rasterGroup(after, paint, [small], 2, cache);
      expect(after.data).toEqual(fresh.data);
    }
  });

  it('leaves every pixel beyond a mark and its strike line untouched', () => {
    const buf = buffer(60, 40);
    rasterGroup(
      buf,
      markPaint('verbal-cooperation', 'denied', true),
      [{ x: 30.25, y: 20.75, r: 8 }],
      1,
      new StampCache(),
    );
    for (let y = 0; y < 40; y++)
      for (let x = 0; x < 60; x++) {
        const dx = x + 0.5 - 30.25;
        const dy = y + 0.5 - 20.75;
        const nearDisc = Math.hypot(dx, dy) < 8 + 1;
        const nearStrike = Math.abs(dx) < 8 + 3 + 1 && Math.abs(dy) < 1 + 1;
        if (!nearDisc && !nearStrike) expect(pixel(buf, x, y)[3]).toBe(0);
      }
    // The strike line reaches past the disc on both sides.
    expect(pixel(buf, 30.25 + 10, 20.75)[3]).toBeGreaterThan(0);
    expect(pixel(buf, 30.25 - 10, 20.75)[3]).toBeGreaterThan(0);
  });
});
