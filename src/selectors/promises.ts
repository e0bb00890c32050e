import { DATE_PRECISIONS } from '../model/bundle-schema.ts';
import { type BundleIndex, isoOfDay } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';
import { earliestInCluster, earliestInFamily, linkColumns, PLANNED } from './promise-candidates.ts';
import { intervalEnd, promiseWindow } from './promise-windows.ts';

export { intervalEnd, promiseWindow, UNDATED_PLAN_DAYS } from './promise-windows.ts';

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
  const columns = linkColumns(index);
  const { published } = columns;
  const iso = isoOfDayCached();
  const publishedOf = (i: number) => index.bundle.articles[columns.article[i]!]?.published ?? null;
  const links: PromiseLink[] = [];
  for (let i = 0; i < index.modality.length; i++) {
    if (index.modality[i] !== PLANNED) continue;
    const precision = DATE_PRECISIONS[columns.precision[i]!]!;
    const day = index.day[i]!;
    const pub = Number.isNaN(published[i]!) ? -Infinity : published[i]!;
    const inCluster = earliestInCluster(index, columns, i, pub);
    const inFamily = earliestInFamily(index, columns, i, pub, promiseWindow(day, precision, pub));
    // The same cluster wins a tie: its reports come first in the order the earliest is looked for.
    const byFamily = inFamily >= 0 && (inCluster < 0 || published[inFamily]! < published[inCluster]!);
    const kept = byFamily ? inFamily : inCluster;
    const dueDay = precision === 'unknown' || Number.isNaN(day) ? null : intervalEnd(day, precision);
    links.push({
      planned: i,
      kept: kept >= 0 ? kept : null,
      due: dueDay === null ? null : iso(dueDay),
      announcedBy: index.outletIds[index.outlet[i]!]!,
      announced: publishedOf(i),
      keptBy: kept >= 0 ? index.outletIds[index.outlet[kept]!]! : null,
      reported: kept >= 0 ? publishedOf(kept) : null,
      via: kept < 0 ? null : byFamily ? 'family-and-actors' : 'cluster',
      gapDays: kept >= 0 && Number.isFinite(pub) && !Number.isNaN(published[kept]!) ? published[kept]! - pub : null,
    });
  }
  // In the order the open list shows them, so that filtering keeps them sorted (the per-change sort is then linear).
  return links.sort(byDueDate);
}

/** isoOfDay, each day formatted once: thousands of promises fall due on a few hundred days. */
function isoOfDayCached(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let iso = cache.get(day);
    if (iso === undefined) cache.set(day, (iso = isoOfDay(day)));
    return iso;
  };
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
