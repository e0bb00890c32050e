import { DATE_PRECISIONS, type DatePrecision, PLOVER_TYPES } from '../../model/bundle-schema.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';

/** The list's columns, in the order they are shown; each can be sorted on. */
export const LIST_COLUMNS = [
  'date',
  'precision',
  'type',
  'source',
  'target',
  'outlets',
  'modality',
  'sentence',
] as const;

/** A column of the event list. */
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** A key value that sorts last whatever the direction: no stated date, no source, no target. */
export const MISSING = 0xffffffff;

/**
 * Integer sort keys per report (event index), one array per column, built once per bundle and only when that
 * column is first sorted on: a filter change then reads keys, it never compares names or sentences.
 * Names and sentences are ranked once (their order in a sorted list of all of them).
 */
export function eventSortKeys(index: BundleIndex, column: Exclude<ListColumn, 'outlets'> | 'outlet'): Uint32Array {
  return cached(index, column, () => buildKeys(index, column));
}

/** A real-world event's own keys (by cluster index): its date, date precision and type, once per bundle. */
export function clusterSortKeys(index: BundleIndex, column: 'date' | 'precision' | 'type'): Uint32Array {
  return cached(index, `cluster:${column}`, () => {
    const { clusters } = index.bundle;
    if (column === 'date') return dayKeys(index.clusterDay, null, index.extent);
    if (column === 'type') return keysOf(clusters.length, (c) => TYPE_RANK[index.clusterType[c]!]!);
    return keysOf(clusters.length, (c) => precisionKey(clusters.at(c)!.datePrecision));
  });
}

const cache = new WeakMap<BundleIndex, Map<string, Uint32Array>>();

function cached(index: BundleIndex, name: string, build: () => Uint32Array): Uint32Array {
  let byName = cache.get(index);
  if (!byName) cache.set(index, (byName = new Map()));
  let keys = byName.get(name);
  if (!keys) byName.set(name, (keys = build()));
  return keys;
}

/** A key per row from a plain loop (typed-array `from` with a map function goes through the iterator protocol: far slower). */
export function keysOf(n: number, key: (row: number) => number): Uint32Array {
  const keys = new Uint32Array(n);
  for (let r = 0; r < n; r++) keys[r] = key(r);
  return keys;
}

const precisionKey = (p: DatePrecision) => (p === 'unknown' ? MISSING : DATE_PRECISIONS.indexOf(p));

function buildKeys(index: BundleIndex, column: Exclude<ListColumn, 'outlets'> | 'outlet'): Uint32Array {
  switch (column) {
    case 'date':
      return dayKeys(index.day, index.dated, index.extent);
    case 'precision':
      return Uint32Array.from(index.precision, (p) => (DATE_PRECISIONS[p] === 'unknown' ? MISSING : p));
    case 'type':
      return keysOf(index.eventCount, (i) => TYPE_RANK[index.type[i]!]!);
    case 'modality':
      // The modalities' own order (occurred, ongoing, planned, hypothetical, denied): firm to doubtful.
      return Uint32Array.from(index.modality);
    case 'outlet': {
      const rank = rankOf(index.outletIds.map((id) => index.outletName.get(id) ?? id));
      return keysOf(index.eventCount, (i) => rank[index.outlet[i]!]!);
    }
    case 'source':
    case 'target':
      return firstActorKeys(index, column);
    case 'sentence':
      // Lower-cased already; a plain comparison, since a collator over 100,000 sentences takes seconds.
      return rankOf(index.text, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Day of each stated date, from the corpus's first day; MISSING where the text states none. */
export function dayKeys(day: Float64Array, dated: Uint8Array | null, extent: [number, number] | null): Uint32Array {
  const first = extent?.[0] ?? 0;
  return keysOf(day.length, (i) =>
    Number.isNaN(day[i]!) || (dated && !dated[i]) ? MISSING : Math.max(0, day[i]! - first),
  );
}

/** Rank of the first source (or target) actor's display name; MISSING when there is none. */
function firstActorKeys(index: BundleIndex, side: 'source' | 'target'): Uint32Array {
  const rank = rankOf(index.actorIds.map((id) => index.actorName.get(id) ?? id));
  return keysOf(index.eventCount, (i) => {
    const list = side === 'source' ? index.sources : index.targets;
    return list.offsets[i + 1]! > list.offsets[i]! ? rank[list.values[list.offsets[i]!]!]! : MISSING;
  });
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** Each string's place in the sorted list (equal strings share a rank); names compare alphabetically, case and accents aside. */
export function rankOf(values: readonly string[], compare: (a: string, b: string) => number = byName): Uint32Array {
  const order = Array.from(values.keys()).sort((a, b) => compare(values[a]!, values[b]!) || a - b);
  const rank = new Uint32Array(values.length);
  let r = 0;
  order.forEach((v, k) => {
    if (k > 0 && compare(values[order[k - 1]!]!, values[v]!) !== 0) r = k;
    rank[v] = r;
  });
  return rank;
}

/** PLOVER types in alphabetical order, as a user clicking "Type" expects. */
const TYPE_RANK = rankOf([...PLOVER_TYPES]);
