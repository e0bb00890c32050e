import { DATE_PRECISIONS } from '../model/bundle-schema.ts';
import type { BundleColumns, ListColumn } from '../model/columns/column-layout.ts';
import { NO_DAY } from '../model/columns/column-layout.ts';
import { orderByDay } from './day-order.ts';
import { type MetadataFacts, metadataFacts } from '../model/columns/metadata-facts.ts';

/**
 * The bundle index's typed arrays that the columns alone determine: each event's outlet, fiction flag,
 * distinct actors, day and date order, and each cluster's events, day and order. Plain typed arrays and
 * numbers, so the bundle worker builds them next to the decoded columns and transfers them to the page
 * (no copy); `buildBundleIndex` builds them itself when it is given none (tests, the JSON route).
 */
export type IndexArrays = {
  eventCount: number;
  clusterCount: number;
  outlet: Uint16Array;
  fiction: Uint8Array;
  actorStart: Uint32Array;
  actorList: Uint32Array;
  sourceCount: Uint8Array;
  clusterStart: Uint32Array;
  clusterList: Uint32Array;
  clusterDay: Float64Array;
  clusterOrder: Uint32Array;
  independent: Uint16Array;
  day: Float64Array;
  dated: Uint8Array;
  dayPrecise: Uint8Array;
  dayOrder: Uint32Array;
  dayOrderDays: Float64Array;
  extent: [number, number] | null;
};

/** Builds the typed arrays of the index from the columns (pure: the same columns give equal arrays). */
export function buildIndexArrays(columns: BundleColumns): IndexArrays {
  return indexArraysOf(columns, metadataFacts(columns.metadata));
}

/** buildIndexArrays with only what it needs of the metadata (the bundle worker gets these from the page). */
export function indexArraysOf(columns: Omit<BundleColumns, 'metadata'>, facts: MetadataFacts): IndexArrays {
  const outlets = facts.outletIds.length;
  if (outlets > 0xffff) throw new Error(`${outlets} outlets: the index holds at most 65,535`);
  const c = columns.events;
  const fictionOfArticle = facts.articleFiction;
  return {
    eventCount: c.article.length,
    clusterCount: columns.clusters.type.length,
    outlet: Uint16Array.from(c.outlet),
    fiction: mapped(Uint8Array, c.article, (a) => fictionOfArticle[a]!),
    ...actorArrays(columns),
    ...clusterArrays(columns),
    ...dayArrays(columns),
  };
}

/**
 * Checks that arrays built elsewhere (by the worker) fit these columns: the same numbers of events and
 * clusters and arrays of the right lengths. An error, not a silent mismatch.
 */
export function checkIndexArrays(arrays: IndexArrays, columns: BundleColumns): IndexArrays {
  const events = columns.events.article.length;
  const clusters = columns.clusters.type.length;
  const sizes: [string, number, number][] = [
    ['events', arrays.eventCount, events],
    ['clusters', arrays.clusterCount, clusters],
    ['outlet', arrays.outlet.length, events],
    ['fiction', arrays.fiction.length, events],
    ['actorStart', arrays.actorStart.length, events + 1],
    ['sourceCount', arrays.sourceCount.length, events],
    ['clusterStart', arrays.clusterStart.length, clusters + 1],
    ['clusterList', arrays.clusterList.length, events],
    ['clusterDay', arrays.clusterDay.length, clusters],
    ['clusterOrder', arrays.clusterOrder.length, clusters],
    ['independent', arrays.independent.length, events],
    ['day', arrays.day.length, events],
    ['dated', arrays.dated.length, events],
    ['dayPrecise', arrays.dayPrecise.length, events],
    ['dayOrderDays', arrays.dayOrderDays.length, arrays.dayOrder.length],
  ];
  const wrong = sizes.filter(([, has, wants]) => has !== wants);
  if (wrong.length)
    throw new Error(
      `index arrays do not fit the bundle: ${wrong.map(([n, h, w]) => `${n} ${h}, expected ${w}`).join('; ')}`,
    );
  return arrays;
}

/** Each event's distinct actors, sources first, laid end to end. */
function actorArrays(columns: Omit<BundleColumns, 'metadata'>) {
  const { source, target } = columns.events;
  const n = columns.events.article.length;
  const actorStart = new Uint32Array(n + 1);
  const actorList = new Uint32Array(source.values.length + target.values.length);
  const sourceCount = new Uint8Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    actorStart[i] = at;
    at = appendDistinct(actorList, at, actorStart[i]!, source, i);
    sourceCount[i] = at - actorStart[i]!;
    at = appendDistinct(actorList, at, actorStart[i]!, target, i);
  }
  actorStart[n] = at;
  return { actorStart, actorList: actorList.subarray(0, at), sourceCount };
}

/** Appends row i's values not already in out[from..at); returns the new end. */
function appendDistinct(out: Uint32Array, at: number, from: number, list: ListColumn, i: number): number {
  for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) {
    const v = list.values[k]!;
    let seen = false;
    for (let j = from; j < at && !seen; j++) seen = out[j] === v;
    if (!seen) out[at++] = v;
  }
  return at;
}

function clusterArrays(columns: Omit<BundleColumns, 'metadata'>) {
  const c = columns.clusters;
  const count = c.type.length;
  const clusterOf = columns.events.cluster;
  const clusterStart = new Uint32Array(count + 1);
  for (const k of clusterOf) clusterStart[k + 1]!++;
  for (let k = 0; k < count; k++) clusterStart[k + 1]! += clusterStart[k]!;
  const fill = clusterStart.slice(0, count);
  const clusterList = new Uint32Array(clusterOf.length);
  for (let i = 0; i < clusterOf.length; i++) clusterList[fill[clusterOf[i]!]!++] = i;
  const unknown = DATE_PRECISIONS.indexOf('unknown');
  const clusterDay = mapped(Float64Array, c.day, (d, k) => (d === NO_DAY || c.datePrecision[k] === unknown ? NaN : d));
  const offsets = c.independentOutlets.offsets;
  return {
    clusterStart,
    clusterList,
    clusterDay,
    clusterOrder: undatedLast(clusterDay),
    independent: mapped(Uint16Array, clusterOf, (k) => offsets[k + 1]! - offsets[k]!),
  };
}

/** Cluster indices in date order (by index within a day), the undated ones last in index order. */
function undatedLast(clusterDay: Float64Array): Uint32Array {
  const order = new Uint32Array(clusterDay.length);
  const dated = orderByDay(clusterDay);
  order.set(dated);
  let at = dated.length;
  for (let k = 0; k < clusterDay.length; k++) if (Number.isNaN(clusterDay[k]!)) order[at++] = k;
  return order;
}

function dayArrays(columns: Omit<BundleColumns, 'metadata'>) {
  const c = columns.events;
  const n = c.day.length;
  const [unknown, dayPrecision] = [DATE_PRECISIONS.indexOf('unknown'), DATE_PRECISIONS.indexOf('day')];
  const day = mapped(Float64Array, c.day, (d) => (d === NO_DAY ? NaN : d));
  const dated = mapped(Uint8Array, c.datePrecision, (p) => (p === unknown ? 0 : 1));
  const dayPrecise = mapped(Uint8Array, c.datePrecision, (p, i) => (p === dayPrecision && c.day[i] !== NO_DAY ? 1 : 0));
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    if (!dated[i] || Number.isNaN(day[i]!)) continue;
    min = Math.min(min, day[i]!);
    max = Math.max(max, day[i]!);
  }
  const dayOrder = orderByDay(day);
  return {
    day,
    dated,
    dayPrecise,
    dayOrder,
    dayOrderDays: mapped(Float64Array, dayOrder, (i) => day[i]!),
    extent: (min <= max ? [min, max] : null) as [number, number] | null,
  };
}

/**
 * A typed array of `fn` over each of `source`'s numbers, in a plain loop: `TypedArray.from(source, fn)` goes
 * through the iterator protocol and took about half a second per million values in the bundle worker.
 */
function mapped<T extends Uint8Array | Uint16Array | Float64Array>(
  Type: new (length: number) => T,
  source: ArrayLike<number>,
  fn: (value: number, i: number) => number,
): T {
  const out = new Type(source.length);
  for (let i = 0; i < source.length; i++) out[i] = fn(source[i]!, i);
  return out;
}
