import { describe, expect, it } from 'vitest';
import { barLayout, capList, modalitySegments, percent } from './bar-layout.ts';

describe('barLayout', () => {
  it('scales counts linearly to the largest, with a sliver for tiny non-zero counts', () => {
    expect(barLayout([{ count: 10 }, { count: 5 }, { count: 0 }, { count: 0.01 }], 100).map((b) => b.length)).toEqual([
      100, 50, 0, 1,
    ]);
  });

  it('uses a shared maximum so cards compare, clamping anything above it', () => {
    expect(barLayout([{ count: 0.25 }, { count: 0.75 }], 80, 0.5).map((b) => b.length)).toEqual([40, 80]);
  });
});

describe('modalitySegments', () => {
  it('lays occurred, planned and other side by side as shares of the width', () => {
    expect(modalitySegments({ occurred: 6, planned: 3, other: 1 }, 200)).toEqual([
      { key: 'occurred', count: 6, x: 0, length: 120 },
      { key: 'planned', count: 3, x: 120, length: 60 },
      { key: 'other', count: 1, x: 180, length: 20 },
    ]);
    expect(modalitySegments({ occurred: 0, planned: 0, other: 0 }, 200).every((s) => s.length === 0)).toBe(true);
  });
});

describe('percent and capList', () => {
  it('rounds shares and survives an empty whole', () => {
    expect(percent(1, 3)).toBe('33%');
    expect(percent(1, 0)).toBe('0%');
  });

  it('keeps the first items and counts the rest', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(capList(items, 50)).toEqual({ shown: items.slice(0, 50), rest: 70 });
    expect(capList([1, 2], 50)).toEqual({ shown: [1, 2], rest: 0 });
  });
});
