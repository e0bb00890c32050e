import { MODALITIES, type Modality, type PloverType } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';
import { type Corroboration, corroborationOf } from './corroboration.ts';
import { formatEventDate } from '../model/day-format.ts';
import { rankOutlets, selectOutletCounts } from './outlet-counts.ts';

/** How one outlet reported one real-world event. */
export type CoverageCell = {
  outletId: string;
  modalities: Modality[];
  eventIds: string[];
  /** Every date the outlet gave (any precision). */
  dates: string[];
  /** The dates it gave to the day: what reports can disagree on. */
  days: string[];
  actorIds: string[];
};

const DENIED = 1 << MODALITIES.indexOf('denied');
const HAPPENING = (1 << MODALITIES.indexOf('occurred')) | (1 << MODALITIES.indexOf('planned')) | (1 << MODALITIES.indexOf('ongoing'));
const PLANNED = 1 << MODALITIES.indexOf('planned');
const HYPOTHETICAL = 1 << MODALITIES.indexOf('hypothetical');

/**
 * A row of the coverage matrix: one cluster and the outlets (indices, sorted) that reported it under the
 * filters. Cells and the label are computed only when a view asks for them, so that 50,000 rows cost
 * one pass over the events and nothing per row the user never scrolls to.
 */
export class CoverageRow {
  private cellCache: Map<string, CoverageCell> | null = null;
  private labelCache: string | null = null;
  private corroborationCache: Corroboration | null = null;
  private outletsCache: Uint16Array | null = null;

  constructor(
    private readonly index: BundleIndex,
    private readonly mask: EventMask,
    readonly clusterIndex: number,
    /** One buffer shared by all rows of a matrix; this row's outlets are outletBuffer[from] up to [to]. */
    private readonly outletBuffer: Uint16Array,
    private readonly from: number,
    private readonly to: number,
    /** Distinct day-precision dates among the reports. */
    readonly dayCount: number,
    /** Bitmask of modalities among the reports (bit i = MODALITIES[i]). */
    readonly modalityBits: number,
  ) {}

  get clusterId(): string {
    return this.index.clusterIds[this.clusterIndex]!;
  }
  get date(): string | null {
    const c = this.index.bundle.clusters.at(this.clusterIndex)!;
    return c.datePrecision === 'unknown' ? null : c.date;
  }
  /** The row's date as the app writes it, at the cluster's precision. */
  get dateLabel(): string {
    const c = this.index.bundle.clusters.at(this.clusterIndex)!;
    return formatEventDate(c.date, c.datePrecision);
  }
  get day(): number {
    const d = this.index.clusterDay[this.clusterIndex]!;
    return Number.isNaN(d) ? Infinity : d;
  }
  get type(): PloverType {
    return this.index.bundle.clusters.at(this.clusterIndex)!.type;
  }
  /** Outlet indices that reported the cluster, ascending (a view made when first asked for). */
  get outletIndices(): Uint16Array {
    this.outletsCache ??= this.outletBuffer.subarray(this.from, this.to);
    return this.outletsCache;
  }
  get outletCount(): number {
    return this.to - this.from;
  }
  /** Whether any of the outlets marked in `shown` (by outlet index) reported this event; allocates nothing. */
  reportedByAny(shown: Uint8Array): boolean {
    for (let k = this.from; k < this.to; k++) if (shown[this.outletBuffer[k]!]) return true;
    return false;
  }
  /** How many of the outlets marked in `shown` (by outlet index) reported this event; allocates nothing. */
  outletsAmong(shown: Uint8Array): number {
    let n = 0;
    for (let k = this.from; k < this.to; k++) if (shown[this.outletBuffer[k]!]) n++;
    return n;
  }
  get label(): string {
    this.labelCache ??= this.index.bundle.clusters.at(this.clusterIndex)!.actorIds.slice(0, 3).map((id) => this.index.actorName.get(id) ?? id).join(', ');
    return this.labelCache;
  }
  /** Independent outlets of all that reported the cluster (the whole bundle's, not only those in view), and who reuses whom. */
  get corroboration(): Corroboration {
    this.corroborationCache ??= corroborationOf(this.index, this.clusterIndex);
    return this.corroborationCache;
  }
  /** Whether an outlet reported this event (cheap: no cells are built). */
  hasOutlet(outletId: string): boolean {
    const o = this.index.outletIndex.get(outletId);
    return o !== undefined && this.outletIndices.includes(o);
  }
  /** The same row seen through some outlets only, or null when none of them reported it. */
  restrictTo(outletIndices: Set<number>): CoverageRow | null {
    const kept = this.outletIndices.filter((o) => outletIndices.has(o));
    if (kept.length === 0) return null;
    const { dayCount, bits } = summariseReports(this.index, this.mask, this.clusterIndex, (o) => outletIndices.has(o));
    return new CoverageRow(this.index, this.mask, this.clusterIndex, kept, 0, kept.length, dayCount, bits);
  }
  /**
   * Whether the reports give different days, report the event both as happening and as not, or as
   * scheduled and as merely possible (cheap: from the row's summary, no cells built). Differing
   * participants need the cells: see `disagreementDetail`.
   */
  get disagrees(): boolean {
    const bits = this.modalityBits;
    return this.dayCount > 1 || ((bits & DENIED) !== 0 && (bits & HAPPENING) !== 0) || ((bits & PLANNED) !== 0 && (bits & HYPOTHETICAL) !== 0);
  }
  /**
   * Whether every outlet's report names the same actors, without building cells: true or false when
   * each outlet has one report, null when some outlet has several (their union needs the cells).
   * Thousands of shared rows are checked on each filter change, so this allocates nothing.
   */
  sameParticipants(): boolean | null {
    const { index } = this;
    let reports = 0;
    let firstSum = 0;
    let firstXor = 0;
    let differ = false;
    for (const i of index.clusterEventsOf(this.clusterIndex)) {
      if (!this.mask.pass[i] || !this.outletIndices.includes(index.outlet[i]!)) continue;
      let sum = 0;
      let xor = 0;
      for (const a of index.actorsOf(i)) {
        const h = Math.imul(a + 1, 0x9e3779b1) >>> 0;
        sum = (sum + h) >>> 0;
        xor ^= h;
      }
      if (reports++ === 0) [firstSum, firstXor] = [sum, xor];
      else if (sum !== firstSum || xor !== firstXor) differ = true;
    }
    return reports > this.outletCount ? null : !differ;
  }
  get cells(): Map<string, CoverageCell> {
    this.cellCache ??= buildCells(this.index, this.mask, this.clusterIndex, new Set(this.outletIndices));
    return this.cellCache;
  }
}

/** Distinct report days (0, 1, or 2 for "more than one") and the modality bits of a cluster's passing reports. */
function summariseReports(index: BundleIndex, mask: EventMask, cluster: number, keepOutlet: (o: number) => boolean): { dayCount: number; bits: number } {
  let bits = 0;
  let firstDay = NaN;
  let dayCount = 0;
  for (const i of index.clusterEventsOf(cluster)) {
    if (!mask.pass[i] || !keepOutlet(index.outlet[i]!)) continue;
    bits |= 1 << index.modality[i]!;
    if (index.dayPrecise[i]) {
      const d = index.day[i]!;
      if (dayCount === 0) {
        firstDay = d;
        dayCount = 1;
      } else if (d !== firstDay) dayCount = 2;
    }
  }
  return { dayCount, bits };
}

function buildCells(index: BundleIndex, mask: EventMask, cluster: number, outlets: Set<number>): Map<string, CoverageCell> {
  const cells = new Map<string, CoverageCell>();
  for (const i of index.clusterEventsOf(cluster)) {
    if (!mask.pass[i] || !outlets.has(index.outlet[i]!)) continue;
    const e = index.events.at(i)!;
    const outletId = index.outletIds[index.outlet[i]!]!;
    const cell = cells.get(outletId) ?? { outletId, modalities: [], eventIds: [], dates: [], days: [], actorIds: [] };
    for (const a of index.actorsOf(i)) {
      const id = index.actorIds[a]!;
      if (!cell.actorIds.includes(id)) cell.actorIds.push(id);
    }
    if (!cell.modalities.includes(e.modality)) cell.modalities.push(e.modality);
    cell.eventIds.push(e.id);
    if (e.date && e.datePrecision !== 'unknown' && !cell.dates.includes(e.date)) cell.dates.push(e.date);
    if (e.date && e.datePrecision === 'day' && !cell.days.includes(e.date)) cell.days.push(e.date);
    cells.set(outletId, cell);
  }
  for (const cell of cells.values()) {
    cell.modalities.sort((a, b) => MODALITIES.indexOf(a) - MODALITIES.indexOf(b));
    cell.actorIds.sort();
  }
  return new Map([...cells].sort((a, b) => a[0].localeCompare(b[0])));
}

/** Insertion sort of buffer[from..to): a row lists a handful of outlets, and a sort call per row cost more. */
function sortRange(buffer: Uint16Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const v = buffer[k]!;
    let j = k - 1;
    while (j >= from && buffer[j]! > v) {
      buffer[j + 1] = buffer[j]!;
      j--;
    }
    buffer[j + 1] = v;
  }
}

export type CoverageMatrix = {
  /** Outlets with a passing report, busiest first; `count` is real-world events (rows with a mark in the outlet's column), as outlet-counts.ts defines it. */
  outlets: { id: string; label: string; count: number }[];
  rows: CoverageRow[];
  /** The bundle's index of an outlet id, for restricting rows to some outlets. */
  outletIndexOf: (id: string) => number | undefined;
};

/**
 * Rows are clusters with a passing report, in date order (undated last); columns are the outlets that
 * reported any passing event, busiest first by real-world events (the view shows a few and lets the user search for others).
 * One pass over the events of each cluster, with stamp arrays instead of sets.
 */
export function selectCoverage(index: BundleIndex, mask: EventMask): CoverageMatrix {
  const outletStamp = new Int32Array(index.outletIds.length).fill(-1);
  // One buffer for every row's outlet list: one allocation per change instead of one per row.
  const buffer = new Uint16Array(mask.count);
  let used = 0;
  const rows: CoverageRow[] = [];
  const { pass } = mask;
  const { outlet, modality, dayPrecise, day, clusterStart, clusterList } = index;
  // Clusters with a passing report, flagged in one pass: a narrow filter then skips the other clusters' events.
  const touched = new Uint8Array(clusterStart.length);
  for (let i = 0; i < pass.length; i++) if (pass[i]) touched[index.cluster[i]!] = 1;
  for (const c of index.clusterOrder) {
    if (!touched[c]) continue;
    const start = used;
    // The row's outlets and its summary (as summariseReports gives it) in one pass over the cluster.
    let bits = 0;
    let firstDay = NaN;
    let dayCount = 0;
    for (let k = clusterStart[c]!, end = clusterStart[c + 1]!; k < end; k++) {
      const i = clusterList[k]!;
      if (!pass[i]) continue;
      bits |= 1 << modality[i]!;
      if (dayPrecise[i] && dayCount < 2) {
        if (dayCount === 0) {
          firstDay = day[i]!;
          dayCount = 1;
        } else if (day[i] !== firstDay) dayCount = 2;
      }
      const o = outlet[i]!;
      if (outletStamp[o] === c) continue;
      outletStamp[o] = c;
      buffer[used++] = o;
    }
    if (used === start) continue;
    sortRange(buffer, start, used);
    rows.push(new CoverageRow(index, mask, c, buffer, start, used, dayCount, bits));
  }
  // The columns' counts and order from the one definition every tab shares (a second pass, over typed arrays only).
  const outlets = rankOutlets(index, selectOutletCounts(index, mask)).map((o) => ({ id: o.id, label: o.label, count: o.realWorldEvents }));
  return { outlets, rows, outletIndexOf: (id) => index.outletIndex.get(id) };
}
