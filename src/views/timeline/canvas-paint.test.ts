import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { paintMarks } from './canvas-paint.ts';
import type { PlacedMark } from './marks-layout.ts';

/** The parts of a 2D context paintMarks uses, recording what it is asked to draw. */
function fakeContext(width: number, height: number) {
  const puts: ImageData[] = [];
  const texts: string[] = [];
  const ctx = {
    canvas: { width, height },
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }) as ImageData,
    putImageData: (image: ImageData) => puts.push(image),
    setTransform: () => {},
    fillText: (text: string) => texts.push(text),
    font: '',
    textAlign: '',
    textBaseline: '',
    globalAlpha: 1,
    fillStyle: '',
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, puts, texts };
}

const placed = (x: number, y: number, modality: TimelineMark['modality'], outletCount = 1): PlacedMark => ({
  mark: { clusterId: `c${x}`, lane: 'CONSULT', day: 0, dated: true, type: 'CONSULT', quad: 'verbal-cooperation', modality, outletCount, eventIds: [], label: '' },
  x,
  y,
  r: 6,
});

const alphaAt = (image: ImageData, x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];

describe('paintMarks', () => {
  it('copies the marks into the canvas at their places, and clears what the previous frame drew', () => {
    const { ctx, puts } = fakeContext(100, 40);
    paintMarks(ctx, [placed(20, 20, 'occurred'), placed(70, 20, 'planned')], { width: 100, height: 40, dpr: 1 });
    expect(alphaAt(puts[0]!, 20, 20)).toBe(255);
    expect(alphaAt(puts[0]!, 70, 20)).toBe(255);
    expect(alphaAt(puts[0]!, 45, 20)).toBe(0);
    paintMarks(ctx, [placed(45, 20, 'occurred')], { width: 100, height: 40, dpr: 1 });
    expect(alphaAt(puts[1]!, 20, 20)).toBe(0);
    expect(alphaAt(puts[1]!, 45, 20)).toBe(255);
  });

  it('writes the outlet count inside marks several outlets reported, while few marks are drawn', () => {
    const { ctx, texts } = fakeContext(100, 40);
    paintMarks(ctx, [placed(20, 20, 'occurred', 3), placed(70, 20, 'occurred', 1)], { width: 100, height: 40, dpr: 1 });
    expect(texts).toEqual(['3']);
  });
});
