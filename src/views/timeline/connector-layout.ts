import { dayNumber } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import type { PlacedMark } from './marks-layout.ts';

/** A promise drawn on the timeline: an arc from the day it was announced to the mark of its report that it happened. */
export type Connector = { key: string; x1: number; x2: number; y: number; lift: number; selected: boolean };

/** A kept promise as the arcs need it: the announcing and the keeping report, and the announcement day. */
type KeptArc = { planned: number; kept: number; day: number };

/**
 * Every kept promise of the bundle, grouped by the cluster of the report that kept it (built once per
 * bundle), with the mask of events passing the filters: the layout then visits only the marks in view and
 * checks their promises against the mask, instead of regrouping thousands of promises on every change.
 */
export type ConnectorSource = { byCluster: ReadonlyMap<string, readonly KeptArc[]>; mask: EventMask };

/** Groups kept promises by the cluster of the report that kept them; links with no announcement day are left out. */
export function groupConnectors(links: readonly { planned: number; kept: number | null; announced: string | null }[], clusterOf: (event: number) => string): Map<string, KeptArc[]> {
  const byCluster = new Map<string, KeptArc[]>();
  // Thousands of links share a few hundred publication days: parse each day once.
  const dayOf = new Map<string, number>();
  for (const { planned, kept, announced } of links) {
    if (kept === null || !announced) continue;
    let day = dayOf.get(announced);
    if (day === undefined) dayOf.set(announced, (day = dayNumber(announced)));
    const cluster = clusterOf(kept);
    const arcs = byCluster.get(cluster);
    if (!arcs) byCluster.set(cluster, [{ planned, kept, day }]);
    else arcs.push({ planned, kept, day });
  }
  return byCluster;
}

/** Beyond this many connectors in view the arcs are a tangle: only the selected cluster's are drawn. */
export const MAX_CONNECTORS = 200;

/**
 * Arcs for the promises whose report of happening is a mark in view, announcement and report both passing
 * the filters: from the announcement (publication day of the planning report) to that mark, in the mark's
 * lane. Several announcements on one day of the same event make one arc. Arcs are lifted above the lane in proportion to their length, capped by the band.
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
  const { pass } = source.mask;
  for (const target of placed) {
    const clusterId = target.mark.clusterId;
    const arcs = source.byCluster.get(clusterId);
    // A cluster may have a mark in several lanes: its arcs go to the first one.
    if (!arcs || seen.has(clusterId)) continue;
    seen.add(clusterId);
    // Both reports must pass the filters; several announcements on one day make one arc.
    const days = new Set<number>();
    for (const a of arcs) if (pass[a.planned] && pass[a.kept]) days.add(a.day);
    for (const day of days) {
      const x1 = x(day);
      if (Math.abs(target.x - x1) < target.r + 2) continue;
      const lift = Math.min(band / 2 + target.r, Math.max(6, Math.abs(target.x - x1) / 4));
      all.push({ key: `${clusterId}|${day}`, x1, x2: target.x, y: target.y, lift, selected: clusterId === selectedClusterId });
    }
  }
  return all.length > MAX_CONNECTORS ? all.filter((c) => c.selected) : all;
}
