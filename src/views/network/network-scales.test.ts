import { describe, expect, it } from 'vitest';
import {
  COOPERATION_COLOUR,
  CONFLICT_COLOUR,
  edgeGeometry,
  edgeWidthScale,
  EVEN_COLOUR,
  hashUnit,
  headColour,
  nodeRadiusScale,
} from './network-scales.ts';

describe('arrowhead colour', () => {
  it('is the hue of the larger share of the link, slate when cooperation and conflict are even', () => {
    expect(headColour(5, 0)).toBe(COOPERATION_COLOUR);
    expect(headColour(3, 1)).toBe(COOPERATION_COLOUR);
    expect(headColour(1, 3)).toBe(CONFLICT_COLOUR);
    expect(headColour(2, 2)).toBe(EVEN_COLOUR);
  });
});

describe('width and radius scales', () => {
  it('grow with the count, by area, within fixed bounds', () => {
    const width = edgeWidthScale(100);
    expect(width(1)).toBeLessThan(width(25));
    expect(width(100)).toBe(9);
    expect(width(400)).toBe(9);
    const radius = nodeRadiusScale(100);
    expect(radius(0)).toBe(3);
    expect(radius(100)).toBe(22);
    expect(radius(25) - 3).toBeCloseTo((22 - 3) / 2);
  });
});

describe('edgeGeometry', () => {
  const a = { x: 0, y: 0, r: 10 };
  const b = { x: 100, y: 0, r: 5 };

  it('runs from rim to rim with no arrowheads for mutual edges', () => {
    expect(edgeGeometry(a, b, 2, false, false)).toEqual({ x1: 11, y1: 0, x2: 94, y2: 0, heads: [] });
  });

  it('puts an arrowhead tip on the rim of the target and shortens the line behind it', () => {
    const g = edgeGeometry(a, b, 2, false, true);
    expect(g.heads).toHaveLength(1);
    expect(g.heads[0]!.split(' ')[0]).toBe('94,0');
    expect(g.x2).toBeLessThan(94);
    expect(edgeGeometry(a, b, 2, true, true).heads).toHaveLength(2);
  });

  it('draws overlapping circles as a plain centre line', () => {
    expect(edgeGeometry(a, { x: 12, y: 0, r: 5 }, 2, true, true).heads).toEqual([]);
  });
});

describe('hashUnit', () => {
  it('is stable and spreads ids over [0, 1)', () => {
    expect(hashUnit('trump')).toBe(hashUnit('trump'));
    const values = ['a', 'b', 'c', 'usa', 'isr', 'irn'].map(hashUnit);
    expect(new Set(values).size).toBe(6);
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
  });
});
