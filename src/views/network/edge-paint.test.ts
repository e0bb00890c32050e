import { describe, expect, it } from 'vitest';
import { distanceToSegment, type EdgeCanvas, hitEdge, paintEdges } from './edge-paint.ts';
import type { SceneEdge } from './network-scene.ts';

const edge = (over: Partial<SceneEdge>): SceneEdge => ({
  id: 'a~b', a: 'a', b: 'b', count: 1, x1: 0, y1: 0, x2: 100, y2: 0, heads: [], colour: '#123456', width: 2,
  selected: false, dimmed: false, description: 'a and b', ...over,
});

/** Records the calls and the style in force at each stroke or fill. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: '', fillStyle: '', lineWidth: 1, lineCap: 'butt', globalAlpha: 1,
    setTransform: () => calls.push('setTransform'),
    clearRect: () => calls.push('clear'),
    beginPath: () => {}, closePath: () => {},
    moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
    stroke: () => calls.push(`stroke ${ctx.strokeStyle} w${ctx.lineWidth} a${ctx.globalAlpha.toFixed(3)}`),
    fill: () => calls.push(`fill ${ctx.fillStyle}`),
  };
  return { ctx: ctx as unknown as EdgeCanvas, calls };
}

describe('paintEdges', () => {
  it('clears, then strokes each edge in order and fills its arrowheads', () => {
    const { ctx, calls } = recorder();
    paintEdges(ctx, [edge({ id: 'e1' }), edge({ id: 'e2', x1: 0, y1: 10, x2: 50, y2: 10, heads: ['50,10 44,7 44,13'] })], { width: 200, height: 100, dpr: 2 }, null);
    expect(calls).toEqual(['setTransform', 'clear', 'M0,0', 'L100,0', 'stroke #123456 w2 a0.850', 'M0,10', 'L50,10', 'stroke #123456 w2 a0.850', 'M50,10', 'L44,7', 'L44,13', 'fill #123456']);
  });

  it('draws a halo under the selected edge and a blue one under the focused edge', () => {
    const { ctx, calls } = recorder();
    paintEdges(ctx, [edge({ id: 'sel', selected: true }), edge({ id: 'foc' })], { width: 10, height: 10, dpr: 1 }, 'foc');
    const strokes = calls.filter((c) => c.startsWith('stroke'));
    expect(strokes).toEqual(['stroke #0f172a w7 a0.500', 'stroke #123456 w2 a0.850', 'stroke #2563eb w7 a0.500', 'stroke #123456 w2 a0.850']);
  });

  it('dims edges outside the hovered neighbourhood', () => {
    const { ctx, calls } = recorder();
    paintEdges(ctx, [edge({ dimmed: true })], { width: 10, height: 10, dpr: 1 }, null);
    expect(calls.find((c) => c.startsWith('stroke'))).toBe('stroke #123456 w2 a0.089');
  });
});

describe('hitEdge', () => {
  const edges = [edge({ id: 'low', x1: 0, y1: 0, x2: 100, y2: 0 }), edge({ id: 'top', x1: 50, y1: -50, x2: 50, y2: 50, width: 10 })];

  it('finds the topmost edge near the point', () => {
    expect(hitEdge(edges, 50, 1)).toBe(1);
    expect(hitEdge(edges, 20, 3)).toBe(0);
  });

  it('gives thick edges a wider reach and misses points far from every line', () => {
    expect(hitEdge(edges, 57, 30)).toBe(1);
    expect(hitEdge(edges, 20, 9)).toBe(-1);
    expect(hitEdge(edges, 130, 0)).toBe(-1);
  });

  it('measures distance to the segment, not the infinite line', () => {
    expect(distanceToSegment(110, 0, 0, 0, 100, 0)).toBe(10);
    expect(distanceToSegment(50, 4, 0, 0, 100, 0)).toBe(4);
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});
