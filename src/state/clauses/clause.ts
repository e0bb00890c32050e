import type { BundleIndex } from '../../selectors/bundle-index.ts';

/**
 * One filter, in one place (in the manner of Mosaic's clauses): its values, URL encoding, predicate over the
 * index's event columns, chip labels, its words in exports, and the view that owns it. `filters.ts` derives
 * the filter state, the URL, the masks and the chips from the list of clauses in `clauses/index.ts`.
 */
export type ClauseDefinition<K extends string, V extends object> = {
  /** The clause's name: the crossfilter key its owning control or view leaves out of its own counts. */
  key: K;
  /** The control in words ("Actors"), for "without the Actors filter, 12 would show". */
  label: string;
  /** The views that set this clause and are not filtered by it (a view is filtered by every clause but its own). */
  owners: readonly ClauseOwner[];
  /** The values when the clause is not set. */
  empty: V;
  /** Values from outside (a link, a restore) with anything malformed dropped. */
  sanitise(raw: RawValues<V>): V;
  /** The raw values a query string holds; `sanitise` checks them. */
  read(params: URLSearchParams): RawValues<V>;
  /** Writes the values into a query string; nothing when the clause is not set. */
  write(value: V, params: URLSearchParams): void;
  /** Whether the clause filters anything. */
  active(value: V): boolean;
  /** A predicate over event indices, compiled once per change; null when the clause lets everything through. */
  compile(index: BundleIndex, value: V): EventPredicate | null;
  /** Removable chips, each with the values left after removing it. */
  chips(value: V, names: ClauseNames): ClauseChip<V>[];
  /** The clause in words for exports ("Outlets: CGTN, Israel Hayom"); only called when active. */
  describe(value: V, names: ClauseNames): string;
  /** Key-values for a file-name-safe summary ("outlets-cgtn"); empty when not set. */
  slug(value: V): [string, (string | number)[]][];
};

/** Whether event `i` (an index into the bundle's events) passes. */
export type EventPredicate = (i: number) => boolean;

/** Values as they arrive from outside, before `sanitise`. */
export type RawValues<V> = { [F in keyof V]?: unknown };

/** A removable chip: its label and the clause's values after removing it. */
export type ClauseChip<V> = { key: string; label: string; without: V };

/** Display names of the ids a clause holds, from the loaded bundle. */
export type ClauseNames = {
  actor: (id: string) => string;
  outlet: (id: string) => string;
  speaker: (id: string) => string;
};

/** The views and controls that own clauses (the filter bar's controls each own their clause). */
export type ClauseOwner = 'filter-bar' | 'timeline-overview' | 'trends' | 'map';

/** Any clause, for loops over the list (the values are checked by each clause's own type). */
// Methods are compared bivariantly, so every ClauseDefinition<K, V> is one of these.
export type AnyClause = ClauseDefinition<string, object>;

/** Distinct ids from a raw list, each matching `pattern`, at most `max`. */
export function idList(raw: unknown, pattern: RegExp, max = 50): string[] {
  const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && pattern.test(x)) : [];
  return [...new Set(ids)].slice(0, max);
}

/** Ids as a link holds them: `name=a,b`. */
export function readList(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/** Ids of actors, outlets and speakers: letters, digits and `:._-` (they come from names and file names). */
export const ID = /^[\p{L}\p{N}:._-]{1,120}$/u;

/** A lookup table of chosen indices (negative ones, unknown to the bundle, are left out). */
export function lookupTable(chosen: number[], size: number): Uint8Array {
  const table = new Uint8Array(size);
  for (const i of chosen) if (i >= 0) table[i] = 1;
  return table;
}

/** A clause over a list of ids, each chosen id a chip that toggles it. */
export function toggledOut<T>(list: T[], item: T): T[] {
  return list.filter((x) => x !== item);
}
