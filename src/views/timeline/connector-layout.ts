import type { PlacedMark } from './marks-layout.ts';

/** A promise drawn on the timeline: an arc from the day it was announced to the mark of its report that it happened. */
export type Connector = { key: string; x1: number; x2: number; y: number; lift: number; selected: boolean };

/** What the layout needs to know of each linked pair of reports. */
export type ConnectorSource = {
  /** [planned event, kept event] indices. */
  pairs: readonly (readonly [number, number])[];
  /** Cluster id of an event. */
  clusterOf: (event: number) => string;
  /** Day the announcing article of an event was published (NaN when unknown). */
  announcedDay: (event: number) => number;
};

/** Beyond this many connectors in view the arcs are a tangle: only the selected cluster's are drawn. */
export const MAX_CONNECTORS = 200;

/**
 * Arcs for the promises whose report of happening is a mark in view: from the announcement (publication day
 * of the planning report) to that mark, in the mark's lane. Several announcements on one day of the same
 * event make one arc. Arcs are lifted above the lane in proportion to their length, capped by the band.
 */
export function layoutConnectors(
  source: ConnectorSource,
  placed: readonly PlacedMark[],
  x: (day: number) => number,
  band: number,
  selectedClusterId: string | null,
): Connector[] {
  const markOf = new Map<string, PlacedMark>();
  for (const p of placed) if (!markOf.has(p.mark.clusterId)) markOf.set(p.mark.clusterId, p);
  const out = new Map<string, Connector>();
  for (const [planned, kept] of source.pairs) {
    const target = markOf.get(source.clusterOf(kept));
    const day = source.announcedDay(planned);
    if (!target || Number.isNaN(day)) continue;
    const x1 = x(day);
    if (Math.abs(target.x - x1) < target.r + 2) continue;
    const key = `${target.mark.clusterId}|${day}`;
    if (out.has(key)) continue;
    const lift = Math.min(band / 2 + target.r, Math.max(6, Math.abs(target.x - x1) / 4));
    out.set(key, { key, x1, x2: target.x, y: target.y, lift, selected: target.mark.clusterId === selectedClusterId });
  }
  const all = [...out.values()];
  return all.length > MAX_CONNECTORS ? all.filter((c) => c.selected) : all;
}
