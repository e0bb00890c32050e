import { describe, expect, it } from 'vitest';
import { distanceToSegment, type EdgeCanvas, edgeStrokes, hitEdge, paintEdges } from './edge-paint.ts';
import { CONFLICT_COLOUR, COOPERATION_COLOUR } from './network-scales.ts';
import type { SceneEdge } from './network-scene.ts';

const edge = (over: Partial<SceneEdge>): SceneEdge => ({
  id: 'a~b',
  a: 'a',
  b: 'b',
  count: 1,
  cooperation: 1,
  conflict: 0,
  x1: 0,
  y1: 0,
  x2: 100,
  y2: 0,
  heads: [],
  colour: '#123456',
  width: 2,
  selected: false,
  dimmed: false,
  description: 'a and b',
  ...over,
});

/** Records the calls and the style in force at each stroke or fill. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    setTransform: () => calls.push('setTransform'),
    clearRect: () => calls.push('clear'),
    beginPath: () => {},
    closePath: () => {},
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
    paintEdges(
      ctx,
      [edge({ id: 'e1' }), edge({ id: 'e2', x1: 0, y1: 10, x2: 50, y2: 10, heads: ['50,10 44,7 44,13'] })],
      { width: 200, height: 100, dpr: 2 },
      null,
    );
    expect(calls).toEqual([
      'setTransform',
      'clear',
      'M0,0',
      'L100,0',
      `stroke ${COOPERATION_COLOUR} w2 a0.850`,
      'M0,10',
      'L50,10',
      `stroke ${COOPERATION_COLOUR} w2 a0.850`,
      'M50,10',
      'L44,7',
      'L44,13',
      'fill #123456',
    ]);
  });

  it('draws a halo under the selected edge and a blue one under the focused edge', () => {
    const { ctx, calls } = recorder();
    paintEdges(
      ctx,
      [edge({ id: 'sel', selected: true }), edge({ id: 'foc' })],
      { width: 10, height: 10, dpr: 1 },
      'foc',
    );
    const strokes = calls.filter((c) => c.startsWith('stroke'));
    expect(strokes).toEqual([
      'stroke #0f172a w7 a0.500',
      `stroke ${COOPERATION_COLOUR} w2 a0.850`,
      'stroke #2563eb w7 a0.500',
      `stroke ${COOPERATION_COLOUR} w2 a0.850`,
    ]);
  });

  it('dims edges outside the hovered neighbourhood', () => {
    const { ctx, calls } = recorder();
    paintEdges(ctx, [edge({ dimmed: true })], { width: 10, height: 10, dpr: 1 }, null);
    expect(calls.find((c) => c.startsWith('stroke'))).toBe(`stroke ${COOPERATION_COLOUR} w2 a0.089`);
  });
});

describe('paintEdges on mixed links', () => {
  it("strokes a mixed link as its two strands, then its arrowhead in the larger share's colour", () => {
    const { ctx, calls } = recorder();
    paintEdges(
      ctx,
      [
        edge({
          count: 4,
          cooperation: 3,
          conflict: 1,
          width: 8,
          colour: COOPERATION_COLOUR,
          heads: ['100,0 94,-3 94,3'],
        }),
      ],
      { width: 10, height: 10, dpr: 1 },
      null,
    );
    expect(calls.filter((c) => c.startsWith('stroke') || c.startsWith('fill'))).toEqual([
      `stroke ${COOPERATION_COLOUR} w6 a0.850`,
      `stroke ${CONFLICT_COLOUR} w2 a0.850`,
      `fill ${COOPERATION_COLOUR}`,
    ]);
  });
});

describe('edgeStrokes', () => {
  it('draws a link of 3 cooperation and 1 conflict events as two parallel strokes, widths 3:1, side by side', () => {
    const strokes = edgeStrokes(
      edge({ count: 4, cooperation: 3, conflict: 1, width: 8, x1: 0, y1: 0, x2: 100, y2: 0 }),
    );
    expect(strokes.map((s) => s.colour)).toEqual([COOPERATION_COLOUR, CONFLICT_COLOUR]);
    expect(strokes.map((s) => s.width)).toEqual([6, 2]);
    // Horizontal link: the strands are offset vertically, touching, and together as wide as the link.
    expect(strokes.map((s) => [s.y1, s.y2])).toEqual([
      [-1, -1],
      [3, 3],
    ]);
    expect(strokes.every((s) => s.x1 === 0 && s.x2 === 100)).toBe(true);
  });

  it('draws a pure link as one stroke on the line between the actors', () => {
    expect(edgeStrokes(edge({ count: 2, cooperation: 2, conflict: 0, width: 5 }))).toEqual([
      { colour: COOPERATION_COLOUR, width: 5, x1: 0, y1: 0, x2: 100, y2: 0 },
    ]);
    expect(edgeStrokes(edge({ count: 2, cooperation: 0, conflict: 2, width: 5 })).map((s) => s.colour)).toEqual([
      CONFLICT_COLOUR,
    ]);
  });

  it('keeps a lone conflict event on a busy cooperative link visible (at least a pixel wide)', () => {
    const strokes = edgeStrokes(edge({ count: 40, cooperation: 39, conflict: 1, width: 9 }));
    expect(strokes.map((s) => s.width)).toEqual([expect.closeTo(8.775, 3), 1]);
  });
});

describe('hitEdge', () => {
  const edges = [
    edge({ id: 'low', x1: 0, y1: 0, x2: 100, y2: 0 }),
    edge({ id: 'top', x1: 50, y1: -50, x2: 50, y2: 50, width: 10 }),
  ];

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
