import { bisectLeft } from 'd3';
import { DATE_PRECISIONS, type DatePrecision, MODALITIES, PLOVER_TYPES } from '../model/bundle-schema.ts';
import { dateOfDay, dayOfDate } from '../model/day-number.ts';
import { TYPE_FAMILY } from '../model/type-family.ts';
import { type BundleIndex, dayNumber, isoOfDay } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

const [PLANNED, OCCURRED] = [MODALITIES.indexOf('planned'), MODALITIES.indexOf('occurred')];

/** A planned report and the later report, if any, that it happened. */
export type PromiseLink = {
  /** Index of the planned event. */
  planned: number;
  /** Index of the first `occurred` report that keeps it, or null. */
  kept: number | null;
  /** Last day of the planned date (its precision's interval); null when the announcement gave no date. */
  due: string | null;
  /** Outlet and publication date of the announcing article. */
  announcedBy: string;
  announced: string | null;
  /** Outlet and publication date of the report that it happened (null while not kept). */
  keptBy: string | null;
  reported: string | null;
  /** How the report was tied to the announcement: same cluster, or same type family and actors. */
  via: 'cluster' | 'family-and-actors' | null;
  /** Days from the announcing article to the report (null while not kept or when a date is missing). */
  gapDays: number | null;
};

/**
 * An open promise as of a date. `dueDatePassed`: its due date is before that day. That says only that no
 * article in the corpus reports it held, not that it was missed: the corpus is a sample of the news.
 */
export type OpenPromise = PromiseLink & { dueDatePassed: boolean };

/** A kept promise. */
export type KeptPromise = PromiseLink & { kept: number };

/** Slack around a dated plan: time zones and night meetings reported as the next day. */
const TOLERANCE_DAYS = 1;
/** How long an undated announcement ("is set to travel") stays linkable: such plans read as "soon". */
export const UNDATED_PLAN_DAYS = 14;
/** Where an undated report of something done may lie: around or shortly before its publication (as the pipeline clusters). */
const UNDATED_REPORT_DAYS = 3;

/** Last day of the interval a date of this precision stands for ([d, d] for a day, the week from d, the month, the year). */
export function intervalEnd(day: number, precision: DatePrecision): number {
  const date = dateOfDay(day);
  if (precision === 'week') return day + 6;
  if (precision === 'month') return dayOfDate(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  if (precision === 'year') return dayOfDate(Date.UTC(date.getUTCFullYear(), 11, 31));
  return day;
}

/**
 * The days in which a report that a plan happened may fall. Dated plans: the plan's interval (the day,
 * the week, the month, the year) widened by one day either side. Undated plans: from the announcement
 * to UNDATED_PLAN_DAYS after it. Never before the announcement was published.
 */
export function promiseWindow(day: number, precision: DatePrecision, published: number): [number, number] {
  if (precision === 'unknown' || Number.isNaN(day)) return [published, published + UNDATED_PLAN_DAYS];
  return [Math.max(published, day - TOLERANCE_DAYS), intervalEnd(day, precision) + TOLERANCE_DAYS];
}

const linksOfIndex = new WeakMap<BundleIndex, PromiseLink[]>();

/** linkPromises, once per bundle: the Promises list and the timeline's arcs share one result. */
export function promiseLinksOf(index: BundleIndex): PromiseLink[] {
  let links = linksOfIndex.get(index);
  if (!links) linksOfIndex.set(index, (links = linkPromises(index)));
  return links;
}

/**
 * Links each planned report to the first later report that it happened: an `occurred` event of the same
 * cluster, or of another cluster with the same type family and the same set of actors whose date falls in
 * the plan's window (see promiseWindow). Either way the report comes from another article published on or
 * after the announcement, and its date reaches the announcement's publication day (what happened before
 * the announcement cannot keep it). Denied, hypothetical and ongoing reports never keep a promise. Among
 * several reports the earliest published wins (same cluster first, then bundle order). The links come
 * sorted by due date (undated last), then announcement.
 */
export function linkPromises(index: BundleIndex): PromiseLink[] {
  const dayOfArticle = Float64Array.from(index.bundle.articles, (a) => (a.published ? dayNumber(a.published) : NaN));
  const published = Float64Array.from(index.article, (a) => dayOfArticle[a]!);
  const byFamilyAndActors = occurredByFamilyAndActors(index, published);
  const links: PromiseLink[] = [];
  for (let i = 0; i < index.eventCount; i++) {
    if (index.modality[i] !== PLANNED) continue;
    const precision = DATE_PRECISIONS[index.precision[i]!]!;
    const pub = Number.isNaN(published[i]!) ? -Infinity : published[i]!;
    const window = promiseWindow(index.day[i]!, precision, pub);
    const keeps = (k: number) =>
      k !== i &&
      index.modality[k] === OCCURRED &&
      index.article[k] !== index.article[i] &&
      published[k]! >= pub &&
      reportRange(index, k, published[k]!)[1] >= pub;
    let best: { k: number; via: PromiseLink['via'] } | null = null;
    const consider = (k: number, via: PromiseLink['via']) => {
      if (
        best === null ||
        published[k]! < published[best.k]! ||
        (published[k] === published[best.k] && via === 'cluster' && best.via !== 'cluster')
      )
        best = { k, via };
    };
    for (const k of index.clusterEventsOf(index.cluster[i]!)) if (keeps(k)) consider(k, 'cluster');
    const bucket = byFamilyAndActors.get(keyOf(index, i));
    if (bucket)
      forOverlapping(bucket, window, (k) => {
        if (index.cluster[k] !== index.cluster[i] && keeps(k)) consider(k, 'family-and-actors');
      });
    const kept = best as { k: number; via: PromiseLink['via'] } | null;
    const dueDay =
      precision === 'unknown' || Number.isNaN(index.day[i]!) ? null : intervalEnd(index.day[i]!, precision);
    links.push({
      planned: i,
      kept: kept?.k ?? null,
      due: dueDay === null ? null : isoOfDay(dueDay),
      announcedBy: index.outletIds[index.outlet[i]!]!,
      announced: index.bundle.articles[index.article[i]!]?.published ?? null,
      keptBy: kept ? index.outletIds[index.outlet[kept.k]!]! : null,
      reported: kept ? (index.bundle.articles[index.article[kept.k]!]?.published ?? null) : null,
      via: kept?.via ?? null,
      gapDays: kept && Number.isFinite(pub) && !Number.isNaN(published[kept.k]!) ? published[kept.k]! - pub : null,
    });
  }
  // In the order the open list shows them, so that filtering keeps them sorted (the per-change sort is then linear).
  return links.sort(byDueDate);
}

/** The days a report of something done may refer to: its date's interval, or shortly before publication when undated. */
function reportRange(index: BundleIndex, k: number, published: number): [number, number] {
  const precision = DATE_PRECISIONS[index.precision[k]!]!;
  const day = index.day[k]!;
  if (precision === 'unknown' || Number.isNaN(day)) return [published - UNDATED_REPORT_DAYS, published];
  return [day, intervalEnd(day, precision)];
}

function keyOf(index: BundleIndex, i: number): string {
  const actors = [...index.actorsOf(i)].sort((a, b) => a - b).join(',');
  return `${TYPE_FAMILY[PLOVER_TYPES[index.type[i]!]!]}|${actors}`;
}

/** Reports of one type family and actor set: short date ranges sorted by start (for a binary search), long ones apart. */
type Bucket = { starts: number[]; ends: number[]; events: number[]; long: { start: number; end: number; k: number }[] };

/** Longest range kept in the sorted part of a bucket: a month. Year-long ranges are few and scanned. */
const SHORT_SPAN = 31;

/** Occurred events grouped by type family and actor set: the candidates from other clusters, found in one lookup. */
function occurredByFamilyAndActors(index: BundleIndex, published: Float64Array): Map<string, Bucket> {
  const lists = new Map<string, { start: number; end: number; k: number }[]>();
  for (let k = 0; k < index.eventCount; k++) {
    if (index.modality[k] !== OCCURRED || index.actorsOf(k).length === 0) continue;
    const key = keyOf(index, k);
    const [start, end] = reportRange(index, k, published[k]!);
    const list = lists.get(key);
    if (list) list.push({ start, end, k });
    else lists.set(key, [{ start, end, k }]);
  }
  const buckets = new Map<string, Bucket>();
  for (const [key, list] of lists) {
    const short = list.filter((r) => r.end - r.start <= SHORT_SPAN).sort((a, b) => a.start - b.start || a.k - b.k);
    buckets.set(key, {
      starts: short.map((r) => r.start),
      ends: short.map((r) => r.end),
      events: short.map((r) => r.k),
      long: list.filter((r) => r.end - r.start > SHORT_SPAN),
    });
  }
  return buckets;
}

/** Calls `visit` for each report of the bucket whose date range overlaps [from, to]. */
function forOverlapping(bucket: Bucket, [from, to]: [number, number], visit: (k: number) => void): void {
  for (let j = bisectLeft(bucket.starts, from - SHORT_SPAN); j < bucket.starts.length && bucket.starts[j]! <= to; j++)
    if (bucket.ends[j]! >= from) visit(bucket.events[j]!);
  for (const r of bucket.long) if (r.start <= to && r.end >= from) visit(r.k);
}

/** The promises whose announcement passes the filters (the report that kept one is looked for in the whole corpus). */
export function promisesInMask(links: PromiseLink[], mask: EventMask): PromiseLink[] {
  return links.filter((l) => mask.pass[l.planned] === 1);
}

/**
 * Announced but not yet reported as happened, as of a day: announced in an article published on or before
 * `asOf`, and no article published on or before `asOf` reports it happened; `dueDatePassed` when the due
 * date is before `asOf`. Sorted by due date (undated last), then announcement.
 */
export function selectOpenPromises(links: PromiseLink[], asOf: string): OpenPromise[] {
  const open: OpenPromise[] = [];
  for (const l of links) {
    if (l.announced === null || l.announced > asOf || (l.reported !== null && l.reported <= asOf)) continue;
    open.push({ ...l, dueDatePassed: l.due !== null && l.due < asOf });
  }
  return open.sort(byDueDate);
}

/** Promises reported kept in an article published on or before `asOf`, latest report first. */
export function selectKeptPromises(links: PromiseLink[], asOf: string): KeptPromise[] {
  return links
    .filter((l): l is KeptPromise => l.kept !== null && l.reported !== null && l.reported <= asOf)
    .sort((a, b) => compare(b.reported!, a.reported!) || a.planned - b.planned);
}

/** ISO dates sort as plain strings; localeCompare would cost ten times more on thousands of promises. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byDueDate(a: PromiseLink, b: PromiseLink): number {
  return (
    compare(a.due ?? '9999', b.due ?? '9999') || compare(a.announced ?? '', b.announced ?? '') || a.planned - b.planned
  );
}

/** The latest publication date in the bundle: the default "as of" day. */
export function latestPublication(index: BundleIndex): string | null {
  let latest: string | null = null;
  for (const a of index.articles.values())
    if (a.published && (latest === null || a.published > latest)) latest = a.published;
  return latest;
}
