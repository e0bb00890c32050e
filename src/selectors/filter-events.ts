import { bisectLeft } from 'd3';
import { clauseOf, compileClauses, FAIL, type FilterKey, type Filters } from '../state/filters.ts';
import { type BundleIndex, dayNumber } from './bundle-index.ts';

export { FAIL };

/** Which events pass: a byte per event (1 = passes), and how many do. */
export type EventMask = { pass: Uint8Array; count: number };

/** The filters compiled once per change, so each event costs a few array reads. */
export type CompiledFilters = (i: number) => number;

/**
 * Compiles the filters into a function giving the bits of the clauses event `i` fails (0 = passes; see
 * `FAIL`). Only set clauses are tested.
 */
export function compileFilters(index: BundleIndex, filters: Filters): CompiledFilters {
  const clauses = compileClauses(index, filters);
  return (i) => {
    let fails = 0;
    for (let c = 0; c < clauses.length; c++) if (!clauses[c]!.passes(i)) fails |= clauses[c]!.bit;
    return fails;
  };
}

/**
 * The events that pass every filter except `leaveOut` (crossfilter: a control's own counts, and the
 * timeline overview under its own brush, ignore that control).
 */
export function selectEventMask(index: BundleIndex, filters: Filters, leaveOut: FilterKey | null = null): EventMask {
  const ignore = leaveOut === null ? 0 : FAIL[clauseOf(leaveOut).key as keyof typeof FAIL];
  // Only the clauses that count, and an event is dropped at the first it fails: the failing bits of every
  // clause (which the faceted counts need) are not wanted here. With an actor, a type and an outlet set,
  // most events fail the first clause tested, a third of the calls of testing all three.
  const clauses = compileClauses(index, filters).filter((c) => (c.bit & ~ignore) !== 0);
  const n = index.events.length;
  const pass = new Uint8Array(n);
  if (clauses.length === 0) return { pass: pass.fill(1), count: n };
  let count = 0;
  events: for (let i = 0; i < n; i++) {
    for (let c = 0; c < clauses.length; c++) if (!clauses[c]!.passes(i)) continue events;
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
  const start = bisectLeft(days, fromDay);
  const end = bisectLeft(days, toDay + 1);
  let count = 0;
  for (let k = start; k < end; k++) {
    const i = index.dayOrder[k]!;
    if (!withoutDate.pass[i] || (!publicationDates && !index.dated[i])) continue;
    pass[i] = 1;
    count++;
  }
  return { pass, count };
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
