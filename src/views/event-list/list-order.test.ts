import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureMask } from '../../selectors/test-fixture.ts';
import { countingSort, type ListKind, type ListSort, selectListOrder } from './list-order.ts';
import { MISSING } from './sort-keys.ts';

const ids = (kind: ListKind, sort: ListSort, filters = {}) => {
  const index = fixtureIndex();
  const { rows } = selectListOrder(index, fixtureMask(filters), kind, sort);
  return Array.from(rows, (r) => (kind === 'reports' ? index.eventIds[r]! : index.clusterIds[r]!));
};

describe('selectListOrder: reports', () => {
  it('orders by stated date, the report whose date is not stated last (not at its publication day)', () => {
    expect(ids('reports', { column: 'date', descending: false })).toEqual([
      'a3#e2',
      'a1#e1',
      'a2#e1',
      'a3#e1',
      'a1#e2',
      'a3#e3',
      'a2#e2',
    ]);
  });

  it('keeps the undated report last when the date order is reversed, ties in bundle order', () => {
    expect(ids('reports', { column: 'date', descending: true })).toEqual([
      'a3#e1',
      'a1#e2',
      'a3#e3',
      'a1#e1',
      'a2#e1',
      'a3#e2',
      'a2#e2',
    ]);
  });

  it('breaks ties on the sorted column by date (undated last) in either direction', () => {
    expect(ids('reports', { column: 'type', descending: false })).toEqual([
      'a1#e1',
      'a2#e1',
      'a3#e1',
      'a1#e2',
      'a3#e3',
      'a2#e2',
      'a3#e2',
    ]);
    expect(ids('reports', { column: 'type', descending: true })).toEqual([
      'a3#e2',
      'a2#e2',
      'a1#e1',
      'a2#e1',
      'a3#e1',
      'a1#e2',
      'a3#e3',
    ]);
  });

  it('sorts actors by display name, reports without a target last either way', () => {
    expect(ids('reports', { column: 'source', descending: false })).toEqual([
      'a2#e1',
      'a1#e2',
      'a1#e1',
      'a3#e1',
      'a2#e2',
      'a3#e3',
      'a3#e2',
    ]);
    expect(ids('reports', { column: 'target', descending: false })).toEqual([
      'a3#e1',
      'a2#e2',
      'a2#e1',
      'a3#e2',
      'a1#e2',
      'a3#e3',
      'a1#e1',
    ]);
    expect(ids('reports', { column: 'target', descending: true })).toEqual([
      'a3#e3',
      'a1#e2',
      'a3#e2',
      'a2#e1',
      'a3#e1',
      'a2#e2',
      'a1#e1',
    ]);
  });

  it('sorts sentences alphabetically and lists only reports under the filters', () => {
    expect(ids('reports', { column: 'sentence', descending: false }, { outlets: ['wire'] })).toEqual([
      'a3#e3',
      'a3#e2',
      'a3#e1',
    ]);
  });
});

describe('selectListOrder: real-world events', () => {
  it('lists each cluster with a passing report once, in date order, undated last', () => {
    expect(ids('events', { column: 'date', descending: false })).toEqual(['c4', 'c1', 'c2', 'c5', 'c3']);
  });

  it('counts reports and real-world events differently under the same filter', () => {
    const index = fixtureIndex();
    const mask = fixtureMask({ types: ['CONSULT'] });
    const sort: ListSort = { column: 'date', descending: false };
    expect(selectListOrder(index, mask, 'reports', sort).rows.length).toBe(5);
    expect(selectListOrder(index, mask, 'events', sort).rows.length).toBe(3);
  });

  it('sorts by the number of outlets among the passing reports', () => {
    expect(ids('events', { column: 'outlets', descending: true })).toEqual(['c1', 'c4', 'c2', 'c5', 'c3']);
    // Only Wire's report of c1 passes: it is one outlet like the others, so date order decides.
    expect(ids('events', { column: 'outlets', descending: true }, { outlets: ['wire'] })).toEqual(['c4', 'c1', 'c5']);
  });

  it('sorts by the firmest modality among the passing reports', () => {
    // c1: occurred (two of three reports), c2 planned, c3 ongoing, c4 occurred, c5 denied.
    expect(ids('events', { column: 'modality', descending: false })).toEqual(['c4', 'c1', 'c3', 'c2', 'c5']);
  });
});

describe('countingSort', () => {
  const order = Uint32Array.from([4, 0, 3, 1, 2, 5]);
  const keys = Uint32Array.from([2, MISSING, 1, 2, 1, 0]);
  const all = new Uint8Array(6).fill(1);

  it('sorts by key keeping the given order among ties, missing keys last', () => {
    expect(Array.from(countingSort(order, all, 6, keys, false))).toEqual([5, 4, 2, 0, 3, 1]);
  });

  it('reverses the keys but neither the ties nor the place of missing keys', () => {
    expect(Array.from(countingSort(order, all, 6, keys, true))).toEqual([0, 3, 4, 2, 5, 1]);
  });

  it('keeps only the included rows', () => {
    const some = Uint8Array.from([1, 0, 1, 0, 1, 0]);
    expect(Array.from(countingSort(order, some, 3, keys, false))).toEqual([4, 2, 0]);
  });
});
