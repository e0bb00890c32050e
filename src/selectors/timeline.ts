import {
  MODALITIES,
  type Modality,
  PLOVER_TYPES,
  type PloverType,
  QUAD_OF_TYPE,
  type QuadClass,
} from '../model/bundle-schema.ts';
import type { LaneMode } from '../state/filters.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** One mark on the timeline: a real-world event (cluster) as far as the passing reports show it, in one lane. */
export type TimelineMark = {
  clusterId: string;
  /** The cluster's index in the bundle, when the mark was made from the index (saves an id lookup). */
  clusterIndex?: number;
  lane: string;
  day: number;
  /** Whether the day is known (false: publication date stands in). */
  dated: boolean;
  type: PloverType;
  quad: QuadClass;
  /** The firmest modality among the reports: occurred > ongoing > planned > hypothetical > denied. */
  modality: Modality;
  outletCount: number;
  /** Ids of the passing reports (built when asked for). */
  readonly eventIds: string[];
  /** "CONSULT · Donald Trump, Benjamin Netanyahu" (built when asked for). */
  readonly label: string;
};

export type TimelineLane = { key: string; label: string; count: number };

/**
 * The band of events whose date the text does not state, below every other lane in each lane mode: they are
 * drawn at their article's publication day, which is not the event's date, so they never sit among dated marks.
 * Two rows, cooperation above conflict, so that a busy publication day keeps its marks apart and clickable.
 */
export const UNDATED_LANES = {
  cooperation: { key: '~date-not-stated:cooperation', label: 'No date: cooperation' },
  conflict: { key: '~date-not-stated:conflict', label: 'No date: conflict' },
} as const;

/** Whether a lane is one of the rows of events without a stated date. */
export const isUndatedLane = (key: string) => key.startsWith('~date-not-stated');

const undatedLaneOf = (m: TimelineMark) => UNDATED_LANES[m.quad.endsWith('cooperation') ? 'cooperation' : 'conflict'];

/** Lanes and marks for the detail view. */
export type TimelineModel = { lanes: TimelineLane[]; marks: TimelineMark[]; extent: [number, number] | null };

const MAX_LANES = 12;
const FIRMNESS: Modality[] = ['occurred', 'ongoing', 'planned', 'hypothetical', 'denied'];
const FIRMNESS_RANK = MODALITIES.map((m) => FIRMNESS.indexOf(m));

/**
 * Marks for the timeline: one per cluster with a passing report (and per lane, in actor and outlet
 * mode), placed on the cluster's day. Lanes are the PLOVER types present, or the most frequent actors or
 * outlets (top 12). One pass over the passing events with stamp arrays; labels and ids are lazy.
 */
export function selectTimeline(index: BundleIndex, mask: EventMask, lanes: LaneMode): TimelineModel {
  // One mark per cluster, in its type's lane: in type mode these are the marks (no second object per cluster).
  const summaries = summariseClusters(index, mask);
  const laneKeys =
    lanes === 'type' ? null : summaries.map((m) => (m.dated ? laneKeysOf(index, mask, m.clusterIndex, lanes) : []));
  const laneCounts = new Map<string, number>();
  const undated = { cooperation: 0, conflict: 0 };
  for (const m of summaries)
    if (!m.dated && !Number.isNaN(m.day)) undated[m.quad.endsWith('cooperation') ? 'cooperation' : 'conflict']++;
  if (laneKeys) for (const keys of laneKeys) for (const k of keys) laneCounts.set(k, (laneCounts.get(k) ?? 0) + 1);
  else for (const m of summaries) if (m.dated) laneCounts.set(m.lane, (laneCounts.get(m.lane) ?? 0) + 1);
  const laneList = chooseLanes(index, laneCounts, lanes);
  for (const side of ['cooperation', 'conflict'] as const)
    if (undated[side] > 0) laneList.push({ ...UNDATED_LANES[side], count: undated[side] });
  const shown = new Set(laneList.map((l) => l.key));
  const marks: TimelineMark[] = [];
  let min = Infinity;
  let max = -Infinity;
  // Summaries come in (day, cluster) order, so the marks need no sort.
  summaries.forEach((m, k) => {
    if (Number.isNaN(m.day)) return;
    if (m.dated) {
      min = Math.min(min, m.day);
      max = Math.max(max, m.day);
    }
    if (!m.dated) marks.push(m.inLane(undatedLaneOf(m).key));
    else if (!laneKeys) marks.push(m);
    else for (const key of laneKeys[k]!) if (shown.has(key)) marks.push(m.inLane(key));
  });
  return { lanes: laneList, marks, extent: min <= max ? [min, max] : null };
}

/**
 * One summary per cluster with a passing report, ordered by day then cluster index. Clusters are visited
 * in the index's date order (flags from one pass over the events), so only the few clusters dated by a
 * publication day need sorting, and are merged in.
 */
function summariseClusters(index: BundleIndex, mask: EventMask): Mark[] {
  const { pass } = mask;
  const { clusterStart, clusterList, clusterOrder, clusterDay, cluster, modality, outlet, day } = index;
  const touched = new Uint8Array(clusterDay.length);
  for (let i = 0; i < pass.length; i++) if (pass[i]) touched[cluster[i]!] = 1;
  const outletStamp = new Int32Array(index.outletIds.length).fill(-1);
  const dated: Mark[] = [];
  const fallback: Mark[] = [];
  for (let r = 0; r < clusterOrder.length; r++) {
    const c = clusterOrder[r]!;
    if (!touched[c]) continue;
    let firmest = FIRMNESS.length;
    let outletCount = 0;
    let fallbackDay = NaN;
    for (let k = clusterStart[c]!, end = clusterStart[c + 1]!; k < end; k++) {
      const e = clusterList[k]!;
      if (!pass[e]) continue;
      firmest = Math.min(firmest, FIRMNESS_RANK[modality[e]!]!);
      if (outletStamp[outlet[e]!] !== c) {
        outletStamp[outlet[e]!] = c;
        outletCount++;
      }
      if (Number.isNaN(fallbackDay)) fallbackDay = day[e]!;
    }
    const isDated = !Number.isNaN(clusterDay[c]!);
    const type = PLOVER_TYPES[index.clusterType[c]!]!;
    const mark = new Mark(
      index,
      mask,
      c,
      type,
      FIRMNESS[firmest]!,
      outletCount,
      isDated ? clusterDay[c]! : fallbackDay,
      isDated,
      type,
    );
    (isDated ? dated : fallback).push(mark);
  }
  if (fallback.length === 0) return dated;
  fallback.sort(byDayThenCluster);
  return mergeSorted(dated, fallback);
}

function byDayThenCluster(a: Mark, b: Mark): number {
  // Undated clusters with no day at all (NaN) go last, as they are never drawn.
  const da = Number.isNaN(a.day) ? Infinity : a.day;
  const db = Number.isNaN(b.day) ? Infinity : b.day;
  return da - db || a.clusterIndex - b.clusterIndex;
}

/** Merges two lists sorted by day then cluster. */
function mergeSorted(a: Mark[], b: Mark[]): Mark[] {
  const out: Mark[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byDayThenCluster(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Lanes of a cluster in actor or outlet mode: the actors or outlets of its passing reports. */
function laneKeysOf(index: BundleIndex, mask: EventMask, cluster: number, lanes: Exclude<LaneMode, 'type'>): string[] {
  const keys = new Set<string>();
  const { clusterStart, clusterList, actorStart, actorList } = index;
  for (let k = clusterStart[cluster]!, end = clusterStart[cluster + 1]!; k < end; k++) {
    const e = clusterList[k]!;
    if (!mask.pass[e]) continue;
    if (lanes === 'outlet') keys.add(index.outletIds[index.outlet[e]!]!);
    else for (let a = actorStart[e]!; a < actorStart[e + 1]!; a++) keys.add(index.actorIds[actorList[a]!]!);
  }
  return [...keys];
}

function chooseLanes(index: BundleIndex, counts: Map<string, number>, lanes: LaneMode): TimelineLane[] {
  if (lanes === 'type')
    return PLOVER_TYPES.filter((t) => counts.has(t)).map((t) => ({ key: t, label: t, count: counts.get(t)! }));
  const names = lanes === 'outlet' ? index.outletName : index.actorName;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LANES)
    .map(([key, count]) => ({ key, label: names.get(key) ?? key, count }));
}

/** A timeline mark whose ids and label are computed only when a view reads them. */
class Mark implements TimelineMark {
  readonly quad: QuadClass;

  constructor(
    private readonly index: BundleIndex,
    private readonly mask: EventMask,
    readonly clusterIndex: number,
    readonly type: PloverType,
    readonly modality: Modality,
    readonly outletCount: number,
    readonly day: number,
    readonly dated: boolean,
    readonly lane: string,
  ) {
    this.quad = QUAD_OF_TYPE[type];
  }

  /** The same mark in another lane (actor and outlet mode put a cluster in several). */
  inLane(lane: string): Mark {
    return new Mark(
      this.index,
      this.mask,
      this.clusterIndex,
      this.type,
      this.modality,
      this.outletCount,
      this.day,
      this.dated,
      lane,
    );
  }

  /** Read from the bundle when asked for: ten thousand marks are built per change, few are looked up by id. */
  get clusterId(): string {
    return this.index.clusterIds[this.clusterIndex]!;
  }

  get eventIds(): string[] {
    return [...this.index.clusterEventsOf(this.clusterIndex)]
      .filter((e) => this.mask.pass[e])
      .map((e) => this.index.eventIds[e]!);
  }

  get label(): string {
    const actors = this.index.bundle.clusters
      .at(this.clusterIndex)!
      .actorIds.slice(0, 3)
      .map((id) => this.index.actorName.get(id) ?? id);
    return `${this.type} · ${actors.join(', ')}`;
  }
}

/** Events per day bin for the overview (computed without the date filter, so the brush can move). */
export type DensityBin = { day: number; count: number };

/** Counts of passing dated events per bin of `binDays` days, from the corpus's first to last day. */
export function selectDensity(index: BundleIndex, mask: EventMask, binDays = 7): DensityBin[] {
  if (!index.extent) return [];
  const [start, end] = index.extent;
  const bins = new Uint32Array(Math.floor((end - start) / binDays) + 1);
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i] || !index.dated[i]) continue;
    const d = index.day[i]!;
    if (d >= start && d <= end) bins[Math.floor((d - start) / binDays)]!++;
  }
  return Array.from(bins, (count, b) => ({ day: start + b * binDays, count }));
}

/**
 * Where the first view should look: the busiest stretch of the corpus, so that bursts are legible
 * instead of squeezed into a two-year axis. Returns the day range covering the densest window that
 * holds most events, padded a little.
 */
export function selectInitialWindow(index: BundleIndex, mask: EventMask): [number, number] | null {
  if (!index.extent) return null;
  // The index holds the days already in order: no array of a hundred thousand days to sort on load.
  const days = new Float64Array(index.dayOrder.length);
  let n = 0;
  for (let p = 0; p < index.dayOrder.length; p++) {
    const i = index.dayOrder[p]!;
    if (mask.pass[i] && index.dated[i]) days[n++] = index.dayOrderDays[p]!;
  }
  if (n === 0) return index.extent;
  const first = days[0]!;
  const last = days[n - 1]!;
  if (last - first <= 45) return [first - 3, last + 3];
  // The shortest window holding 60% of dated events.
  const need = Math.max(1, Math.ceil(n * 0.6));
  let from = first;
  let to = last;
  for (let i = 0; i + need - 1 < n; i++) {
    if (days[i + need - 1]! - days[i]! >= to - from) continue;
    from = days[i]!;
    to = days[i + need - 1]!;
  }
  const pad = Math.max(3, Math.round((to - from) * 0.1));
  return [from - pad, to + pad];
}
