import { DATE_PRECISIONS } from '../../model/bundle-schema.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { dayKeys, eventSortKeys, type ListColumn, MISSING, rankOf } from './sort-keys.ts';
import { PLOVER_TYPES } from '../../model/bundle-schema.ts';

/** What a row is: one report (an event as one article tells it) or one real-world event (its reports across outlets). */
export type ListKind = 'reports' | 'events';

/** The column sorted on and its direction; ties keep date order (undated last), then bundle order. */
export type ListSort = { column: ListColumn; descending: boolean };

/** The rows under the filters in display order: event indices (reports) or cluster indices (real-world events). */
export type ListOrder = {
  kind: ListKind;
  rows: Uint32Array;
  /** Real-world events: the first passing report of each cluster (by cluster index), -1 for none; null for reports. */
  firstReport: Int32Array | null;
};

/**
 * The list's rows: one pass over the mask collects a numeric key per row (column key, then the row's place in
 * date order), one native sort of a Float64Array orders them, and the row indices are read back. No object
 * per row, no comparator calls: at 100,000 events a filter change costs a few milliseconds.
 */
export function selectListOrder(index: BundleIndex, mask: EventMask, kind: ListKind, sort: ListSort): ListOrder {
  if (kind === 'reports') {
    const column = sort.column === 'outlets' ? 'outlet' : sort.column;
    const base = eventDateOrder(index);
    const rows = sortRows(passingEvents(mask.pass), eventSortKeys(index, column), base, sort.descending);
    return { kind, rows, firstReport: null };
  }
  const summary = summariseClusters(index, mask);
  const keys = clusterKeys(index, mask, summary, sort.column);
  const rows = sortRows(summary.clusters, keys, clusterDateOrder(index), sort.descending);
  return { kind, rows, firstReport: summary.firstReport };
}

/** Row indices ordered by key (MISSING last either way), ties by their place in `base` (date order). */
function sortRows(candidates: Uint32Array, keys: Uint32Array, base: DateOrder, descending: boolean): Uint32Array {
  let max = 0;
  for (const r of candidates) if (keys[r]! !== MISSING && keys[r]! > max) max = keys[r]!;
  const n = base.order.length;
  const composite = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const r = candidates[k]!;
    const key = keys[r]!;
    const ordered = key === MISSING ? max + 1 : descending ? max - key : key;
    composite[k] = ordered * n + base.position[r]!;
  }
  composite.sort();
  const rows = new Uint32Array(candidates.length);
  for (let k = 0; k < composite.length; k++) rows[k] = base.order[composite[k]! % n]!;
  return rows;
}

/** Rows in date order (undated last, then bundle order), and each row's place in it. */
type DateOrder = { order: Uint32Array; position: Uint32Array };

const eventOrders = new WeakMap<BundleIndex, DateOrder>();
const clusterOrders = new WeakMap<BundleIndex, DateOrder>();

function eventDateOrder(index: BundleIndex): DateOrder {
  let base = eventOrders.get(index);
  if (!base) {
    const day = eventSortKeys(index, 'date');
    const order = Uint32Array.from(day.keys()).sort((a, b) => day[a]! - day[b]! || a - b);
    eventOrders.set(index, (base = withPositions(order)));
  }
  return base;
}

function clusterDateOrder(index: BundleIndex): DateOrder {
  let base = clusterOrders.get(index);
  // The index keeps clusters in date order, undated last: the same rule.
  if (!base) clusterOrders.set(index, (base = withPositions(index.clusterOrder)));
  return base;
}

function withPositions(order: Uint32Array): DateOrder {
  const position = new Uint32Array(order.length);
  order.forEach((row, k) => (position[row] = k));
  return { order, position };
}

function passingEvents(pass: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < pass.length; i++) count += pass[i]!;
  const rows = new Uint32Array(count);
  for (let i = 0, k = 0; i < pass.length; i++) if (pass[i]) rows[k++] = i;
  return rows;
}

/** Clusters with a passing report, each one's first passing report and firmest passing modality. */
type ClusterSummary = { clusters: Uint32Array; firstReport: Int32Array; firmest: Uint32Array };

/** One pass over the passing reports: which clusters they make up. */
export function summariseClusters(index: BundleIndex, mask: EventMask): ClusterSummary {
  const firstReport = new Int32Array(index.clusterType.length).fill(-1);
  const firmest = new Uint32Array(index.clusterType.length).fill(MISSING);
  let count = 0;
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const c = index.cluster[i]!;
    if (firstReport[c] === -1) {
      firstReport[c] = i;
      count++;
    }
    // MODALITIES run from firm to doubtful, so the firmest is the smallest.
    if (index.modality[i]! < firmest[c]!) firmest[c] = index.modality[i]!;
  }
  const clusters = new Uint32Array(count);
  for (let c = 0, k = 0; c < firstReport.length; c++) if (firstReport[c] !== -1) clusters[k++] = c;
  return { clusters, firstReport, firmest };
}

/** A sort key per cluster: its own date, precision and type; outlets and modality from its passing reports; the rest from its first one. */
function clusterKeys(index: BundleIndex, mask: EventMask, summary: ClusterSummary, column: ListColumn): Uint32Array {
  switch (column) {
    case 'date':
      return dayKeys(index.clusterDay, null, index.extent);
    case 'precision':
      return Uint32Array.from(index.bundle.clusters, (c) =>
        c.datePrecision === 'unknown' ? MISSING : DATE_PRECISIONS.indexOf(c.datePrecision),
      );
    case 'type': {
      const rank = rankOf([...PLOVER_TYPES]);
      return Uint32Array.from(index.clusterType, (t) => rank[t]!);
    }
    case 'modality':
      return summary.firmest;
    case 'outlets':
      return passingOutletCounts(index, mask, summary);
    default: {
      const keys = eventSortKeys(index, column);
      return Uint32Array.from(summary.firstReport, (i) => (i < 0 ? MISSING : keys[i]!));
    }
  }
}

/** How many outlets each cluster's passing reports come from (one pass, with a stamp per outlet). */
export function passingOutletCounts(index: BundleIndex, mask: EventMask, summary: ClusterSummary): Uint32Array {
  const counts = new Uint32Array(summary.firstReport.length);
  const seenIn = new Int32Array(index.outletIds.length).fill(-1);
  for (const c of summary.clusters) {
    for (let k = index.clusterStart[c]!, end = index.clusterStart[c + 1]!; k < end; k++) {
      const i = index.clusterList[k]!;
      if (!mask.pass[i] || seenIn[index.outlet[i]!] === c) continue;
      seenIn[index.outlet[i]!] = c;
      counts[c]!++;
    }
  }
  return counts;
}
