import { bisectLeft } from 'd3';
import { DATE_PRECISIONS, type DatePrecision, MODALITIES, PLOVER_TYPES } from '../model/bundle-schema.ts';
import { TYPE_FAMILY } from '../model/type-family.ts';
import { type BundleIndex, dayNumber } from './bundle-index.ts';
import { intervalEnd } from './promise-windows.ts';

export const PLANNED = MODALITIES.indexOf('planned');
export const OCCURRED = MODALITIES.indexOf('occurred');
const UNKNOWN_PRECISION = DATE_PRECISIONS.indexOf('unknown');

/** Where an undated report of something done may lie: around or shortly before its publication (as the pipeline clusters). */
const UNDATED_REPORT_DAYS = 3;
/** Longest range kept in the sorted part of a group: a month. Year-long ranges are few and scanned. */
const SHORT_SPAN = 31;

/**
 * What promise linking reads of each event, in typed arrays built in one pass, and the reports of something
 * done grouped by type family and actor set. Linking visits a hundred thousand events: reading these
 * instead of event objects and string keys made it several times faster and nearly garbage-free.
 */
export type LinkColumns = {
  /** Publication day of each event's article (NaN when unknown). */
  published: Float64Array;
  /** Index of each event's article in the bundle. */
  article: Uint32Array;
  /** Each event's date precision (index into DATE_PRECISIONS). */
  precision: Uint8Array;
  /** Last day an occurred report may refer to (see reportRange); NaN for other events. */
  rangeEnd: Float64Array;
  /** Occurred reports with actors, by type family and actor set. */
  groups: FamilyGroups;
};

/**
 * Occurred reports grouped by type family and the set of their actors, end to end: group g's reports sit
 * at positions groupStart[g] up to groupStart[g + 1] of `reports`; first those whose date range is at most
 * a month, sorted by its start (then event index) for a binary search, from longStart[g] the longer ones in
 * event order. `groupOf` gives each event's group (-1: no actors, or a family and actor set no occurred
 * report has).
 */
type FamilyGroups = {
  groupOf: Int32Array;
  reports: Uint32Array;
  starts: Float64Array;
  ends: Float64Array;
  groupStart: Uint32Array;
  longStart: Uint32Array;
};

/** Builds what linkPromises reads, once per bundle. */
export function linkColumns(index: BundleIndex): LinkColumns {
  const n = index.modality.length;
  const { article, precision } = index;
  const dayOf = new Map<string, number>();
  const parse = (iso: string) => dayOf.get(iso) ?? dayOf.set(iso, dayNumber(iso)).get(iso)!;
  // Tens of thousands of articles share a few hundred publication days: each day parsed once.
  const dayOfArticle = Float64Array.from(index.bundle.articles, (a) => (a.published ? parse(a.published) : NaN));
  const published = new Float64Array(n);
  for (let k = 0; k < n; k++) published[k] = dayOfArticle[article[k]!] ?? NaN;
  const rangeStart = new Float64Array(n).fill(NaN);
  const rangeEnd = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    if (index.modality[k] !== OCCURRED) continue;
    const day = index.day[k]!;
    if (precision[k] === UNKNOWN_PRECISION || Number.isNaN(day)) {
      rangeStart[k] = published[k]! - UNDATED_REPORT_DAYS;
      rangeEnd[k] = published[k]!;
    } else {
      rangeStart[k] = day;
      rangeEnd[k] = intervalEnd(day, DATE_PRECISIONS[precision[k]!] as DatePrecision);
    }
  }
  return { published, article, precision, rangeEnd, groups: familyGroups(index, rangeStart, rangeEnd) };
}

const FAMILIES = [...new Set(PLOVER_TYPES.map((t) => TYPE_FAMILY[t]))];
const FAMILY_COUNT = FAMILIES.length;
/** Family of each PLOVER type (by type index) as a small integer. */
const FAMILY_OF_TYPE = Uint8Array.from(PLOVER_TYPES, (t) => FAMILIES.indexOf(TYPE_FAMILY[t]));

/**
 * Sorted actor sets under each type family, as a tree whose nodes are numbers: node f is family f's root,
 * and the child of node p by actor a is found under the key p × (number of actors) + a. An event's set is
 * the node its sorted actors lead to; its group, that node's group once some occurred report ends there.
 */
class ActorSetTree {
  private readonly child = new Map<number, number>();
  private readonly groupOfNode: number[] = Array.from({ length: FAMILY_COUNT }, () => -1);
  groups = 0;

  constructor(private readonly actorCount: number) {}

  /** The group of a family and sorted actor set: made when `create`, else -1 when no report made it. */
  groupOf(family: number, actors: Uint32Array, count: number, create: boolean): number {
    let node = family;
    for (let j = 0; j < count; j++) {
      const key = node * this.actorCount + actors[j]!;
      let next = this.child.get(key);
      if (next === undefined) {
        if (!create) return -1;
        this.child.set(key, (next = this.groupOfNode.push(-1) - 1));
      }
      node = next;
    }
    if (create && this.groupOfNode[node]! < 0) this.groupOfNode[node] = this.groups++;
    return this.groupOfNode[node]!;
  }
}

/**
 * Groups occurred reports by type family and actor set. The set is found by walking a tree of sorted actor
 * indices instead of joining them into a string key, which allocated two strings and an array per event.
 */
function familyGroups(index: BundleIndex, rangeStart: Float64Array, rangeEnd: Float64Array): FamilyGroups {
  const n = index.modality.length;
  const tree = new ActorSetTree(Math.max(1, index.actorIds.length));
  const groupOf = new Int32Array(n).fill(-1);
  let sorted = new Uint32Array(16);
  // Occurred reports first, so that every group has one; planned events only look their group up.
  for (const create of [true, false])
    for (let k = 0; k < n; k++) {
      const modality = index.modality[k];
      if (create ? modality !== OCCURRED || Number.isNaN(rangeStart[k]!) : modality !== PLANNED) continue;
      const from = index.actorStart[k]!;
      const count = index.actorStart[k + 1]! - from;
      if (count === 0) continue;
      if (count > sorted.length) sorted = new Uint32Array(2 * count);
      sortInto(sorted, index.actorList, from, count);
      groupOf[k] = tree.groupOf(FAMILY_OF_TYPE[index.type[k]!]!, sorted, count, create);
    }
  return layOut(groupOf, tree.groups, rangeStart, rangeEnd);
}

/** Copies `count` values of `from` starting at `at` into `into`, sorted ascending (actor lists are short). */
function sortInto(into: Uint32Array, from: Uint32Array, at: number, count: number): void {
  for (let j = 0; j < count; j++) {
    const v = from[at + j]!;
    let p = j;
    while (p > 0 && into[p - 1]! > v) into[p] = into[--p]!;
    into[p] = v;
  }
}

/** Lays the occurred reports out group by group: short ranges sorted by start, then long ones (see FamilyGroups). */
function layOut(groupOf: Int32Array, groups: number, rangeStart: Float64Array, rangeEnd: Float64Array): FamilyGroups {
  const groupStart = new Uint32Array(groups + 1);
  const longCount = new Uint32Array(groups);
  const short: number[] = [];
  const long: number[] = [];
  for (let k = 0; k < groupOf.length; k++) {
    const g = groupOf[k]!;
    if (g < 0 || Number.isNaN(rangeEnd[k]!)) continue;
    groupStart[g + 1]!++;
    if (rangeEnd[k]! - rangeStart[k]! > SHORT_SPAN) {
      long.push(k);
      longCount[g]!++;
    } else short.push(k);
  }
  for (let g = 0; g < groups; g++) groupStart[g + 1]! += groupStart[g]!;
  const longStart = new Uint32Array(groups);
  for (let g = 0; g < groups; g++) longStart[g] = groupStart[g + 1]! - longCount[g]!;
  // One sort of every short report by group, start and event: tens of thousands of groups sorted one by one cost more.
  const sorted = Uint32Array.from(short).sort(
    (a, b) => groupOf[a]! - groupOf[b]! || rangeStart[a]! - rangeStart[b]! || a - b,
  );
  const reports = new Uint32Array(short.length + long.length);
  // Each group's short reports first, in sorted order, then its long ones in event order.
  const shortFill = groupStart.slice(0, groups);
  const longFill = longStart.slice();
  for (const k of sorted) reports[shortFill[groupOf[k]!]!++] = k;
  for (const k of long) reports[longFill[groupOf[k]!]!++] = k;
  // Plain loops: a typed array's from() with a mapping function goes through the iterator, ten times slower.
  const starts = new Float64Array(reports.length);
  const ends = new Float64Array(reports.length);
  for (let p = 0; p < reports.length; p++) {
    starts[p] = rangeStart[reports[p]!]!;
    ends[p] = rangeEnd[reports[p]!]!;
  }
  return { groupOf, reports, starts, ends, groupStart, longStart };
}

/**
 * The reports that could keep planned event i, as linkPromises defines them: occurred, another article
 * published on or after the announcement (`pub`), reaching the announcement's day.
 */
function keeps(index: BundleIndex, c: LinkColumns, i: number, k: number, pub: number): boolean {
  return (
    k !== i &&
    index.modality[k] === OCCURRED &&
    c.article[k] !== c.article[i] &&
    c.published[k]! >= pub &&
    c.rangeEnd[k]! >= pub
  );
}

/** Of the reports in planned event i's cluster that keep it, the first published earliest; -1 when none. */
export function earliestInCluster(index: BundleIndex, c: LinkColumns, i: number, pub: number): number {
  const cluster = index.cluster[i]!;
  let best = -1;
  for (let p = index.clusterStart[cluster]!; p < index.clusterStart[cluster + 1]!; p++) {
    const k = index.clusterList[p]!;
    if (keeps(index, c, i, k, pub) && (best < 0 || c.published[k]! < c.published[best]!)) best = k;
  }
  return best;
}

/**
 * Of the reports in other clusters with planned event i's type family and actors, whose date range
 * overlaps the window [from, to], the first published earliest (in group order); -1 when none.
 */
export function earliestInFamily(
  index: BundleIndex,
  c: LinkColumns,
  i: number,
  pub: number,
  [from, to]: [number, number],
): number {
  const { groupOf, reports, starts, ends, groupStart, longStart } = c.groups;
  const g = groupOf[i]!;
  if (g < 0) return -1;
  let best = -1;
  const consider = (k: number) => {
    if (index.cluster[k] === index.cluster[i] || !keeps(index, c, i, k, pub)) return;
    if (best < 0 || c.published[k]! < c.published[best]!) best = k;
  };
  const shortEnd = longStart[g]!;
  for (let p = bisectLeft(starts, from - SHORT_SPAN, groupStart[g]!, shortEnd); p < shortEnd && starts[p]! <= to; p++)
    if (ends[p]! >= from) consider(reports[p]!);
  for (let p = shortEnd; p < groupStart[g + 1]!; p++) if (starts[p]! <= to && ends[p]! >= from) consider(reports[p]!);
  return best;
}
