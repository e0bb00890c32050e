import { MODALITIES, type Modality, PLOVER_TYPES, type PloverType, QUAD_OF_TYPE, type QuadClass } from '../model/bundle-schema.ts';
import type { LaneMode } from '../state/filters.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** One mark on the timeline: a real-world event (cluster) as far as the passing reports show it, in one lane. */
export type TimelineMark = {
  clusterId: string;
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

/** Lanes and marks for the detail view. */
export type TimelineModel = { lanes: TimelineLane[]; marks: TimelineMark[]; extent: [number, number] | null };

const MAX_LANES = 12;
const FIRMNESS: Modality[] = ['occurred', 'ongoing', 'planned', 'hypothetical', 'denied'];
const FIRMNESS_RANK = MODALITIES.map((m) => FIRMNESS.indexOf(m));

/** Per cluster: how its passing reports look (filled in one pass over the events). */
type ClusterSummary = { cluster: number; firmest: number; outletCount: number; day: number; dated: boolean };

/**
 * Marks for the timeline: one per cluster with a passing report (and per lane, in actor and outlet
 * mode), placed on the cluster's day. Lanes are the PLOVER types present, or the most frequent actors or
 * outlets (top 12). One pass over the passing events with stamp arrays; labels and ids are lazy.
 */
export function selectTimeline(index: BundleIndex, mask: EventMask, lanes: LaneMode): TimelineModel {
  const summaries = summariseClusters(index, mask);
  const laneKeys = summaries.map((s) => laneKeysOf(index, mask, s.cluster, lanes));
  const laneCounts = new Map<string, number>();
  for (const keys of laneKeys) for (const k of keys) laneCounts.set(k, (laneCounts.get(k) ?? 0) + 1);
  const laneList = chooseLanes(index, laneCounts, lanes);
  const shown = new Set(laneList.map((l) => l.key));
  const marks: TimelineMark[] = [];
  let min = Infinity;
  let max = -Infinity;
  summaries.forEach((s, k) => {
    if (Number.isNaN(s.day)) return;
    if (s.dated) {
      min = Math.min(min, s.day);
      max = Math.max(max, s.day);
    }
    for (const key of laneKeys[k]!) if (shown.has(key)) marks.push(new Mark(index, mask, s, key));
  });
  marks.sort((a, b) => a.day - b.day || (a as Mark).clusterIndex - (b as Mark).clusterIndex);
  return { lanes: laneList, marks, extent: min <= max ? [min, max] : null };
}

function summariseClusters(index: BundleIndex, mask: EventMask): ClusterSummary[] {
  const clusterStamp = new Int32Array(index.bundle.clusters.length).fill(-1);
  const outletStamp = new Int32Array(index.outletIds.length).fill(-1);
  const out: ClusterSummary[] = [];
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const c = index.cluster[i]!;
    if (clusterStamp[c] !== -1) continue;
    clusterStamp[c] = out.length;
    let firmest = FIRMNESS.length;
    let outletCount = 0;
    let fallbackDay = NaN;
    for (const e of index.clusterEvents[c]!) {
      if (!mask.pass[e]) continue;
      firmest = Math.min(firmest, FIRMNESS_RANK[index.modality[e]!]!);
      if (outletStamp[index.outlet[e]!] !== c) {
        outletStamp[index.outlet[e]!] = c;
        outletCount++;
      }
      if (Number.isNaN(fallbackDay)) fallbackDay = index.day[e]!;
    }
    const clusterDay = index.clusterDay[c]!;
    const dated = !Number.isNaN(clusterDay);
    out.push({ cluster: c, firmest, outletCount, day: dated ? clusterDay : fallbackDay, dated });
  }
  return out;
}

function laneKeysOf(index: BundleIndex, mask: EventMask, cluster: number, lanes: LaneMode): string[] {
  const events = index.clusterEvents[cluster]!;
  if (lanes === 'type') return [index.bundle.clusters[cluster]!.type];
  const keys = new Set<string>();
  for (const e of events) {
    if (!mask.pass[e]) continue;
    if (lanes === 'outlet') keys.add(index.outletIds[index.outlet[e]!]!);
    else for (const a of index.actors[e]!) keys.add(index.actorIds[a]!);
  }
  return [...keys];
}

function chooseLanes(index: BundleIndex, counts: Map<string, number>, lanes: LaneMode): TimelineLane[] {
  if (lanes === 'type') return PLOVER_TYPES.filter((t) => counts.has(t)).map((t) => ({ key: t, label: t, count: counts.get(t)! }));
  const names = lanes === 'outlet' ? index.outletName : index.actorName;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LANES)
    .map(([key, count]) => ({ key, label: names.get(key) ?? key, count }));
}

/** A timeline mark whose ids and label are computed only when a view reads them. */
class Mark implements TimelineMark {
  readonly clusterId: string;
  readonly day: number;
  readonly dated: boolean;
  readonly type: PloverType;
  readonly quad: QuadClass;
  readonly modality: Modality;
  readonly outletCount: number;
  readonly clusterIndex: number;

  constructor(
    private readonly index: BundleIndex,
    private readonly mask: EventMask,
    private readonly summary: ClusterSummary,
    readonly lane: string,
  ) {
    const cluster = index.bundle.clusters[summary.cluster]!;
    this.clusterId = cluster.id;
    this.day = summary.day;
    this.dated = summary.dated;
    this.type = cluster.type;
    this.quad = QUAD_OF_TYPE[cluster.type];
    this.modality = FIRMNESS[summary.firmest]!;
    this.outletCount = summary.outletCount;
    this.clusterIndex = summary.cluster;
  }

  get eventIds(): string[] {
    return [...this.index.clusterEvents[this.summary.cluster]!].filter((e) => this.mask.pass[e]).map((e) => this.index.events[e]!.id);
  }

  get label(): string {
    const actors = this.index.bundle.clusters[this.summary.cluster]!.actorIds.slice(0, 3).map((id) => this.index.actorName.get(id) ?? id);
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
  const days: number[] = [];
  for (let i = 0; i < mask.pass.length; i++) if (mask.pass[i] && index.dated[i]) days.push(index.day[i]!);
  if (days.length === 0) return index.extent;
  days.sort((a, b) => a - b);
  const span = days.at(-1)! - days[0]!;
  if (span <= 45) return [days[0]! - 3, days.at(-1)! + 3];
  // The shortest window holding 60% of dated events.
  const need = Math.max(1, Math.ceil(days.length * 0.6));
  let best: [number, number] = [days[0]!, days.at(-1)!];
  for (let i = 0; i + need - 1 < days.length; i++) {
    const w: [number, number] = [days[i]!, days[i + need - 1]!];
    if (w[1] - w[0] < best[1] - best[0]) best = w;
  }
  const pad = Math.max(3, Math.round((best[1] - best[0]) * 0.1));
  return [best[0] - pad, best[1] + pad];
}
