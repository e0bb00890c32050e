import { dayNumber } from '../../selectors/bundle-index.ts';
import type { PlacedMark } from './marks-layout.ts';

/** A promise drawn on the timeline: an arc from the day it was announced to the mark of its report that it happened. */
export type Connector = { key: string; x1: number; x2: number; y: number; lift: number; selected: boolean };

/**
 * The promises to draw, grouped by the cluster of the report that kept them: the layout then visits only
 * the marks in view, not every promise of the corpus (thousands at 100,000 events), on each zoom frame.
 */
export type ConnectorSource = Map<string, readonly number[]>;

/** Groups kept promises as the layout reads them: announcement days by the cluster of the keeping report. */
export function groupConnectors(kept: readonly { kept: number; announced: string | null }[], clusterOf: (event: number) => string): ConnectorSource {
  const byCluster = new Map<string, number[]>();
  // Thousands of links share a few hundred publication days: parse each day once.
  const dayOf = new Map<string, number>();
  for (const link of kept) {
    if (!link.announced) continue;
    let day = dayOf.get(link.announced);
    if (day === undefined) dayOf.set(link.announced, (day = dayNumber(link.announced)));
    const cluster = clusterOf(link.kept);
    const days = byCluster.get(cluster);
    if (!days) byCluster.set(cluster, [day]);
    else if (!days.includes(day)) days.push(day);
  }
  return byCluster;
}

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
  const all: Connector[] = [];
  const seen = new Set<string>();
  for (const target of placed) {
    const clusterId = target.mark.clusterId;
    const days = source.get(clusterId);
    // A cluster may have a mark in several lanes: its arcs go to the first one.
    if (!days || seen.has(clusterId)) continue;
    seen.add(clusterId);
    for (const day of days) {
      const x1 = x(day);
      if (Math.abs(target.x - x1) < target.r + 2) continue;
      const lift = Math.min(band / 2 + target.r, Math.max(6, Math.abs(target.x - x1) / 4));
      all.push({ key: `${clusterId}|${day}`, x1, x2: target.x, y: target.y, lift, selected: clusterId === selectedClusterId });
    }
  }
  return all.length > MAX_CONNECTORS ? all.filter((c) => c.selected) : all;
}
