import { DATE_PRECISIONS, PLOVER_TYPES } from '../../model/bundle-schema.ts';
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
  let byColumn = cache.get(index);
  if (!byColumn) cache.set(index, (byColumn = new Map()));
  let keys = byColumn.get(column);
  if (!keys) byColumn.set(column, (keys = buildKeys(index, column)));
  return keys;
}

const cache = new WeakMap<BundleIndex, Map<string, Uint32Array>>();

function buildKeys(index: BundleIndex, column: Exclude<ListColumn, 'outlets'> | 'outlet'): Uint32Array {
  const { events } = index;
  switch (column) {
    case 'date':
      return dayKeys(index.day, index.dated, index.extent);
    case 'precision':
      return Uint32Array.from(events, (e) =>
        e.datePrecision === 'unknown' ? MISSING : DATE_PRECISIONS.indexOf(e.datePrecision),
      );
    case 'type':
      return Uint32Array.from(index.type, (t) => TYPE_RANK[t]!);
    case 'modality':
      // The modalities' own order (occurred, ongoing, planned, hypothetical, denied): firm to doubtful.
      return Uint32Array.from(index.modality);
    case 'outlet': {
      const rank = rankOf(index.outletIds.map((id) => index.outletName.get(id) ?? id));
      return Uint32Array.from(index.outlet, (o) => rank[o]!);
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
  return Uint32Array.from(day, (d, i) => (Number.isNaN(d) || (dated && !dated[i]) ? MISSING : Math.max(0, d - first)));
}

/** Rank of the first source (or target) actor's display name; MISSING when there is none. */
function firstActorKeys(index: BundleIndex, side: 'source' | 'target'): Uint32Array {
  const rank = rankOf(index.actorIds.map((id) => index.actorName.get(id) ?? id));
  return Uint32Array.from(index.events, (e) => {
    const id = side === 'source' ? e.source[0] : e.target[0];
    const a = id === undefined ? undefined : index.actorIndex.get(id);
    return a === undefined ? MISSING : rank[a]!;
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
