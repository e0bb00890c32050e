import { MODALITIES, PLOVER_TYPES } from '../model/bundle-schema.ts';
import { compileActorClause } from '../state/actor-clause.ts';
import { compilePlaceClause } from '../state/place-clause.ts';
import type { FilterKey, Filters } from '../state/filters.ts';
import { type BundleIndex, dayNumber } from './bundle-index.ts';

/** Which events pass: a byte per event (1 = passes), and how many do. */
export type EventMask = { pass: Uint8Array; count: number };

/** Bits for the filters an event fails; a facet counts events failing nothing but its own filter. */
export const FAIL = {
  actors: 1,
  types: 2,
  outlets: 4,
  modalities: 8,
  date: 16,
  query: 32,
  speakers: 64,
  minSources: 128,
  places: 256,
} as const;

/** The filters compiled to lookup tables once per change, so each event costs a few array reads. */
export type CompiledFilters = (i: number) => number;

/**
 * Compiles filters into a function giving the bits of the filters event `i` fails (0 = passes).
 * Actors match as the actor clause says (any, all, or a direction); the date range keeps events whose stated date lies inside it
 * (and, when asked, events dated only by their article's publication day).
 */
export function compileFilters(index: BundleIndex, filters: Filters): CompiledFilters {
  const actors = compileActorClause(index, filters);
  const types = lookup(
    filters.types.map((t) => PLOVER_TYPES.indexOf(t)),
    PLOVER_TYPES.length,
  );
  const outlets = lookup(
    filters.outlets.map((o) => index.outletIndex.get(o) ?? -1),
    index.outletIds.length,
  );
  const modalities = lookup(
    filters.modalities.map((m) => MODALITIES.indexOf(m)),
    MODALITIES.length,
  );
  const useDate = filters.from !== null || filters.to !== null;
  const from = filters.from ? dayNumber(filters.from) : -Infinity;
  const to = filters.to ? dayNumber(filters.to) : Infinity;
  const withPublished = filters.publicationDates;
  const query = filters.query.trim().toLowerCase();
  const speakers = lookup(
    filters.speakers.map((k) => index.speakerIndex.get(k) ?? -1),
    index.speakerKeys.length,
  );
  const minSources = filters.minSources > 1 ? filters.minSources : 0;
  const places = compilePlaceClause(index, filters.places);
  return (i) => {
    let fails = 0;
    if (types && !types[index.type[i]!]) fails |= FAIL.types;
    if (outlets && !outlets[index.outlet[i]!]) fails |= FAIL.outlets;
    if (modalities && !modalities[index.modality[i]!]) fails |= FAIL.modalities;
    if (useDate && (!(index.day[i]! >= from && index.day[i]! <= to) || (!withPublished && !index.dated[i]))) fails |= FAIL.date;
    if (actors && !actors(i)) fails |= FAIL.actors;
    if (query && !index.text[i]!.includes(query)) fails |= FAIL.query;
    if (speakers && !involvesAny(index.speakerList, index.speakerStart, i, speakers)) fails |= FAIL.speakers;
    if (minSources && index.independent[i]! < minSources) fails |= FAIL.minSources;
    if (places && !places(i)) fails |= FAIL.places;
    return fails;
  };
}

/**
 * The events that pass every filter except `leaveOut` (crossfilter: a control's own counts, and the
 * timeline overview under its own brush, ignore that control).
 */
export function selectEventMask(index: BundleIndex, filters: Filters, leaveOut: FilterKey | null = null): EventMask {
  const failsOf = compileFilters(index, filters);
  const ignore =
    leaveOut === null
      ? 0
      : leaveOut === 'from' || leaveOut === 'to' || leaveOut === 'date'
        ? FAIL.date
        : (FAIL[leaveOut as keyof typeof FAIL] ?? 0);
  const n = index.events.length;
  const pass = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if ((failsOf(i) & ~ignore) !== 0) continue;
    pass[i] = 1;
    count++;
  }
  return { pass, count };
}

/**
 * The events of `withoutDate` (a mask computed with every filter but the date range) whose day lies in
 * [from, to]: the same mask `selectEventMask` gives with the range set, from a slice of the day-ordered
 * events instead of a pass over all of them. A brush move changes only the range.
 */
export function narrowByDate(
  index: BundleIndex,
  withoutDate: EventMask,
  from: string | null,
  to: string | null,
  publicationDates = false,
): EventMask {
  if (from === null && to === null) return withoutDate;
  const days = index.dayOrderDays;
  const [fromDay, toDay] = [from === null ? -Infinity : dayNumber(from), to === null ? Infinity : dayNumber(to)];
  const pass = new Uint8Array(withoutDate.pass.length);
  // An unreadable bound lets nothing through, as in selectEventMask.
  if (Number.isNaN(fromDay) || Number.isNaN(toDay)) return { pass, count: 0 };
  const start = firstAtLeast(days, fromDay);
  const end = firstAtLeast(days, toDay + 1);
  let count = 0;
  for (let k = start; k < end; k++) {
    const i = index.dayOrder[k]!;
    if (!withoutDate.pass[i] || (!publicationDates && !index.dated[i])) continue;
    pass[i] = 1;
    count++;
  }
  return { pass, count };
}

/** The first position in an ascending array whose value is at least `value` (its length when none is). */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A lookup table for the chosen values, or null when none is chosen (no filtering). */
function lookup(indices: number[], size: number): Uint8Array | null {
  if (indices.length === 0) return null;
  const table = new Uint8Array(size);
  for (const i of indices) if (i >= 0) table[i] = 1;
  return table;
}

/** Whether event i's entries in a flat list (speakers) include a chosen one. */
function involvesAny(list: Uint32Array, start: Uint32Array, i: number, chosen: Uint8Array): boolean {
  for (let k = start[i]!, end = start[i + 1]!; k < end; k++) if (chosen[list[k]!]) return true;
  return false;
}

/** Indices of passing events, in bundle order. */
export function passingEvents(mask: EventMask): Uint32Array {
  const out = new Uint32Array(mask.count);
  let k = 0;
  for (let i = 0; i < mask.pass.length; i++) if (mask.pass[i]) out[k++] = i;
  return out;
}

/** Whether two masks pass the same events (a filter restored from the URL builds a new, equal mask). */
export function sameEvents(a: EventMask, b: EventMask): boolean {
  if (a === b) return true;
  if (a.count !== b.count || a.pass.length !== b.pass.length) return false;
  for (let i = 0; i < a.pass.length; i++) if (a.pass[i] !== b.pass[i]) return false;
  return true;
}
