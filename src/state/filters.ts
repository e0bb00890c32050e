import type { BundleIndex } from '../selectors/bundle-index.ts';
import type {
  AnyClause,
  ClauseChip,
  ClauseDefinition,
  ClauseNames,
  ClauseOwner,
  EventPredicate,
} from './clauses/clause.ts';
import { CLAUSES } from './clauses/index.ts';

export { sanitiseDay } from './clauses/dates.ts';

type ValuesOf<C> = C extends ClauseDefinition<string, infer V> ? V : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The shared filters: the values of every clause (only serialisable values, mirrored in the URL). */
export type Filters = Intersection<ValuesOf<(typeof CLAUSES)[number]>>;

/** A clause's name (`actors`, `date`, `places`...). */
export type ClauseKey = (typeof CLAUSES)[number]['key'];

/** What a view or control leaves out of its own counts: a clause, or one of its fields (`from` for the date). */
export type FilterKey = keyof Filters | ClauseKey;

const ALL: readonly AnyClause[] = CLAUSES;

/** Every clause unset. */
export const EMPTY_FILTERS: Filters = Object.assign({}, ...ALL.map((c) => c.empty)) as Filters;

/** The clause owning each filter field (`from` -> date), and each clause by its own name. */
const CLAUSE_OF: ReadonlyMap<string, AnyClause> = new Map(
  ALL.flatMap((c) => [[c.key, c] as const, ...Object.keys(c.empty).map((f) => [f, c] as const)]),
);

/** The clause a filter key names. */
export function clauseOf(key: FilterKey): AnyClause {
  const clause = CLAUSE_OF.get(key);
  if (!clause) throw new Error(`no filter clause "${key}"`);
  return clause;
}

/** Whether any filter is set. */
export function hasActiveFilters(f: Filters): boolean {
  return ALL.some((c) => c.active(f));
}

/** Keeps only well-formed values: unknown types, malformed dates and odd ids are dropped. */
export function sanitiseFilters(raw: { [F in keyof Filters]?: unknown }): Filters {
  return Object.assign({}, ...ALL.map((c) => c.sanitise(raw))) as Filters;
}

/** Every clause's raw values from a query string (sanitise them with `sanitiseFilters`). */
export function readFilters(params: URLSearchParams): { [F in keyof Filters]?: unknown } {
  return Object.assign({}, ...ALL.map((c) => c.read(params)));
}

/** Writes every set clause into a query string. */
export function writeFilters(f: Filters, params: URLSearchParams): void {
  for (const c of ALL) c.write(f, params);
}

/** The filter values of a larger object (the store), for selectors: a new object with the same values. */
export function filtersOf(s: Filters): Filters {
  const f = {} as Record<string, unknown>;
  for (const field of FIELDS) f[field] = s[field];
  return f as Filters;
}

const FIELDS = Object.keys(EMPTY_FILTERS) as (keyof Filters)[];

/** Display names from the bundle index, for chips and descriptions. */
export function clauseNames(index: BundleIndex): ClauseNames {
  return {
    actor: (id) => index.actorName.get(id) ?? id,
    outlet: (id) => index.outletName.get(id) ?? id,
    speaker: (k) => index.speakerName.get(k) ?? k,
  };
}

/** The active clauses as removable chips: each with the filter values to set when it is removed. */
export function filterChips(f: Filters, names: ClauseNames): ClauseChip<Partial<Filters>>[] {
  return ALL.filter((c) => c.active(f)).flatMap((c) => c.chips(f, names));
}

/** The active clauses in words, one part per clause. */
export function describeClauses(f: Filters, names: ClauseNames): string[] {
  return ALL.filter((c) => c.active(f)).map((c) => c.describe(f, names));
}

/** Key-values of every clause, for a file-name-safe summary. */
export function slugParts(f: Filters): [string, (string | number)[]][] {
  return ALL.flatMap((c) => c.slug(f));
}

/** The active clauses with their labels, for saying which one emptied a view. */
export function activeClauses(f: Filters): { key: ClauseKey; label: string }[] {
  return ALL.filter((c) => c.active(f)).map((c) => ({ key: c.key as ClauseKey, label: c.label }));
}

/**
 * The active clauses compiled to predicates, each with its bit (a clause's position in the list): an event's
 * failing bits say which clauses it fails, so a control can count events failing nothing but its own clause.
 */
export function compileClauses(index: BundleIndex, f: Filters): { bit: number; passes: EventPredicate }[] {
  const compiled: { bit: number; passes: EventPredicate }[] = [];
  ALL.forEach((c, position) => {
    const passes = c.compile(index, f);
    if (passes) compiled.push({ bit: 1 << position, passes });
  });
  return compiled;
}

/** The bit of each clause in failing bits (see `compileClauses`). */
export const FAIL = Object.fromEntries(ALL.map((c, position) => [c.key, 1 << position])) as Record<ClauseKey, number>;

/** The clause a view owns and is therefore not filtered by, when that clause is set; null otherwise. */
export function ownClauseOf(view: Exclude<ClauseOwner, 'filter-bar'>, f: Filters): ClauseKey | null {
  const own = ALL.find((c) => c.owners.includes(view));
  return own && own.active(f) ? (own.key as ClauseKey) : null;
}

/** What the evidence panel shows: one event, a cluster, a network edge, or a coverage cell. */
export type Selection =
  | { kind: 'event'; eventId: string }
  | { kind: 'cluster'; clusterId: string }
  | { kind: 'edge'; source: string; target: string }
  | { kind: 'cell'; clusterId: string; outletId: string };

/** Timeline lanes: one row per event type, actor or outlet. */
export type LaneMode = 'type' | 'actor' | 'outlet';
