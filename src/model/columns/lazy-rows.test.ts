import { describe, expect, it } from 'vitest';
import { allRows, LazyRows } from './lazy-rows.ts';

describe('lazy rows', () => {
  it('makes a row only when it is read, once', () => {
    const made: number[] = [];
    const rows = new LazyRows(1_000_000, (i) => {
      made.push(i);
      return { i };
    });
    expect(made).toEqual([]);
    const first = rows.at(7);
    expect(rows.at(7)).toBe(first);
    expect(made).toEqual([7]);
  });

  it('answers undefined for an index outside the table (negative ones included)', () => {
    const rows = new LazyRows(3, (i) => i * 2);
    expect([rows.at(-1), rows.at(3), rows.at(1.5)]).toEqual([undefined, undefined, undefined]);
    expect(allRows(rows)).toEqual([0, 2, 4]);
  });
});
