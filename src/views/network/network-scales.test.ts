import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { COOPERATION_COLOUR, CONFLICT_COLOUR, edgeColour, edgeGeometry, edgeWidthScale, hashUnit, MIXED_COLOUR, nodeRadiusScale } from './network-scales.ts';

const hex = (c: string) => rgb(c).formatHex();

describe('edge colour', () => {
  it('is the cooperation hue when all events cooperate, the conflict hue when all conflict, grey when even', () => {
    expect(hex(edgeColour(5, 0))).toBe(hex(COOPERATION_COLOUR));
    expect(hex(edgeColour(0, 3))).toBe(hex(CONFLICT_COLOUR));
    expect(hex(edgeColour(2, 2))).toBe(hex(MIXED_COLOUR));
  });

  it('is cooler (bluer) the larger the cooperative share', () => {
    const blueness = (c: string) => rgb(c).b - rgb(c).r;
    expect(blueness(edgeColour(3, 1))).toBeGreaterThan(blueness(edgeColour(1, 3)));
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
