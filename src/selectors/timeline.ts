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
  eventIds: string[];
  label: string;
};

export type TimelineLane = { key: string; label: string; count: number };

/** Lanes and marks for the detail view. */
export type TimelineModel = { lanes: TimelineLane[]; marks: TimelineMark[]; extent: [number, number] | null };

const MAX_LANES = 12;
const FIRMNESS: Modality[] = ['occurred', 'ongoing', 'planned', 'hypothetical', 'denied'];

/**
 * Marks for the timeline: one per cluster with a passing report (and per lane, in actor mode), placed on
 * the cluster's day. Lanes are the PLOVER types present, or the most frequent actors or outlets (top 12).
 */
export function selectTimeline(index: BundleIndex, mask: EventMask, lanes: LaneMode): TimelineModel {
  const byCluster = new Map<number, number[]>();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const c = index.cluster[i]!;
    const list = byCluster.get(c);
    if (list) list.push(i);
    else byCluster.set(c, [i]);
  }
  const laneCounts = new Map<string, number>();
  const laneKeysOf = (events: number[]): string[] => {
    if (lanes === 'type') return [PLOVER_TYPES[index.type[events[0]!]!]!];
    if (lanes === 'outlet') return [...new Set(events.map((e) => index.outletIds[index.outlet[e]!]!))];
    return [...new Set(events.flatMap((e) => [...index.actors[e]!].map((a) => index.actorIds[a]!)))];
  };
  const draft: { cluster: number; events: number[]; keys: string[] }[] = [];
  for (const [cluster, events] of byCluster) {
    const keys = laneKeysOf(events);
    for (const k of keys) laneCounts.set(k, (laneCounts.get(k) ?? 0) + 1);
    draft.push({ cluster, events, keys });
  }
  const laneList = chooseLanes(index, laneCounts, lanes);
  const shown = new Set(laneList.map((l) => l.key));
  const marks: TimelineMark[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const { cluster, events, keys } of draft) {
    const mark = toMark(index, cluster, events);
    if (mark === null) continue;
    if (mark.dated) {
      min = Math.min(min, mark.day);
      max = Math.max(max, mark.day);
    }
    for (const key of keys) if (shown.has(key)) marks.push({ ...mark, lane: key });
  }
  marks.sort((a, b) => a.day - b.day || a.clusterId.localeCompare(b.clusterId));
  return { lanes: laneList, marks, extent: min <= max ? [min, max] : null };
}

function chooseLanes(index: BundleIndex, counts: Map<string, number>, lanes: LaneMode): TimelineLane[] {
  if (lanes === 'type') return PLOVER_TYPES.filter((t) => counts.has(t)).map((t) => ({ key: t, label: t, count: counts.get(t)! }));
  const names = lanes === 'outlet' ? index.outletName : index.actorName;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LANES)
    .map(([key, count]) => ({ key, label: names.get(key) ?? key, count }));
}

function toMark(index: BundleIndex, cluster: number, events: number[]): Omit<TimelineMark, 'lane'> | null {
  const datedEvents = events.filter((e) => index.dated[e] && !Number.isNaN(index.day[e]!));
  const source = datedEvents.length > 0 ? datedEvents : events.filter((e) => !Number.isNaN(index.day[e]!));
  if (source.length === 0) return null;
  const day = mostCommon(source.map((e) => index.day[e]!));
  const modality = FIRMNESS.find((m) => events.some((e) => MODALITIES[index.modality[e]!] === m))!;
  const c = index.bundle.clusters[cluster]!;
  const type = PLOVER_TYPES[index.type[events[0]!]!]!;
  const outletCount = new Set(events.map((e) => index.outlet[e])).size;
  const actors = [...new Set(events.flatMap((e) => [...index.actors[e]!]))].slice(0, 3).map((a) => index.actorName.get(index.actorIds[a]!) ?? '');
  return {
    clusterId: c.id,
    day,
    dated: datedEvents.length > 0,
    type,
    quad: QUAD_OF_TYPE[type],
    modality,
    outletCount,
    eventIds: events.map((e) => index.events[e]!.id),
    label: `${type} · ${actors.join(', ')}`,
  };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
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
