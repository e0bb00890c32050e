import { describe, expect, it } from 'vitest';
import { chooseColumns, columnOptions, rowsForColumns, toggleColumn } from './column-choice.ts';

const available = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, label: `Outlet ${i}`, count: 100 - i }));
const nameOf = (id: string) => `Name of ${id}`;

describe('chooseColumns', () => {
  it('shows the busiest outlets when nothing is chosen', () => {
    expect(chooseColumns(available, [], null, nameOf, 8).map((c) => c.id)).toEqual([
      'o0',
      'o1',
      'o2',
      'o3',
      'o4',
      'o5',
      'o6',
      'o7',
    ]);
  });

  it('follows the Outlets filter, busiest first, keeping chosen outlets with nothing to show', () => {
    const cols = chooseColumns(available, ['o9', 'gone', 'o3'], ['o1'], nameOf);
    expect(cols.map((c) => [c.id, c.count])).toEqual([
      ['o3', 97],
      ['o9', 91],
      ['gone', 0],
    ]);
    expect(cols[2]!.label).toBe('Name of gone');
  });

  it('keeps the user’s picks in their order', () => {
    expect(chooseColumns(available, [], ['o11', 'o0'], nameOf).map((c) => c.id)).toEqual(['o11', 'o0']);
  });
});

describe('toggleColumn and columnOptions', () => {
  it('adds a column at the end or removes it', () => {
    expect(toggleColumn(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleColumn(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('lists every outlet, those without events last with a zero count', () => {
    const opts = columnOptions(available.slice(0, 2), ['o0', 'o1', 'zz', 'aa'], (id) => id.toUpperCase());
    expect(opts.map((o) => [o.id, o.count])).toEqual([
      ['o0', 100],
      ['o1', 99],
      ['aa', 0],
      ['zz', 0],
    ]);
  });
});

describe('rowsForColumns', () => {
  it('drops rows no shown outlet reported', () => {
    const row = (id: number, outletIndices: number[]) => ({ id, reportedByAny: (shown: Uint8Array) => outletIndices.some((o) => shown[o] === 1) });
    const rows = [row(1, [0]), row(2, [1]), row(3, [0, 2]), row(4, [])];
    expect(rowsForColumns(rows, [0]).map((r) => r.id)).toEqual([1, 3]);
    expect(rowsForColumns(rows, [2, 1]).map((r) => r.id)).toEqual([2, 3]);
    expect(rowsForColumns(rows, [])).toEqual([]);
  });
});
