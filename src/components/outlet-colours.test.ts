import { hsl } from 'd3';
import { describe, expect, it } from 'vitest';
import { assignOutletColours, outletColour } from './outlet-colours.ts';

const ids = (n: number, prefix = 'outlet') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('outlet colours', () => {
  it('gives an outlet the same colour in two corpora when no other outlet claims its hue', () => {
    const seeds = ['daily-courier', 'harbour-times'];
    const other = ['harbour-times', 'northern-ledger'];
    expect(outletColour(other, 'harbour-times')).toBe(outletColour(seeds, 'harbour-times'));
  });

  it('does not depend on the order of the bundle outlet list', () => {
    const list = ids(14);
    const reversed = [...list].reverse();
    for (const id of list) expect(outletColour(reversed, id)).toBe(outletColour(list, id));
  });

  it('uses ten different hues before any shade repeats a hue', () => {
    const colours = [...assignOutletColours(ids(10)).values()];
    const hues = new Set(colours.map((c) => Math.round(hsl(c).h)));
    expect(hues.size).toBe(10);
  });

  it('keeps thirty outlets apart, and colours every outlet beyond that', () => {
    const colours = assignOutletColours(ids(40, 'paper'));
    const first30 = [...colours.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(0, 30);
    expect(new Set(first30.map(([, c]) => c)).size).toBe(30);
    expect([...colours.values()].every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });

  it('draws an outlet missing from the bundle in neutral grey', () => {
    expect(outletColour(['a'], 'b')).toBe('#64748b');
  });
});
