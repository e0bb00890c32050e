import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/**
 * The two things "how much did this outlet report" can mean, defined once for every comparison tab:
 * - reports: the outlet's extracted events (one sentence of one of its articles each) that pass the filters;
 * - real-world events: the clusters (one happening, however many articles told it) with at least one such
 *   report. An outlet that told one meeting in three articles has 3 reports of 1 real-world event.
 * Arrays are indexed like `index.outletIds`.
 */
export type OutletCounts = { reports: Uint32Array; realWorldEvents: Uint32Array };

/** Reports and real-world events per outlet under the filters, in one pass over the events grouped by cluster. */
export function selectOutletCounts(index: BundleIndex, mask: EventMask): OutletCounts {
  const reports = new Uint32Array(index.outletIds.length);
  const realWorldEvents = new Uint32Array(index.outletIds.length);
  // The last cluster each outlet was counted in: events come grouped by cluster, so one stamp per outlet suffices.
  const stamp = new Int32Array(index.outletIds.length).fill(-1);
  const { pass } = mask;
  const { clusterStart, clusterList, outlet } = index;
  for (let c = 0; c + 1 < clusterStart.length; c++) {
    for (let k = clusterStart[c]!, end = clusterStart[c + 1]!; k < end; k++) {
      const i = clusterList[k]!;
      if (!pass[i]) continue;
      const o = outlet[i]!;
      reports[o]!++;
      if (stamp[o] === c) continue;
      stamp[o] = c;
      realWorldEvents[o]!++;
    }
  }
  return { reports, realWorldEvents };
}

/** One outlet's two counts, with its display name. */
export type OutletTally = { id: string; label: string; reports: number; realWorldEvents: number };

/**
 * Outlets with at least one passing report, busiest first: most real-world events, then most reports, then
 * by name. Coverage columns and Profiles cards take "the busiest" from this one order.
 */
export function rankOutlets(index: BundleIndex, counts: OutletCounts): OutletTally[] {
  return index.outletIds
    .map((id, o) => ({
      id,
      label: index.outletName.get(id) ?? id,
      reports: counts.reports[o]!,
      realWorldEvents: counts.realWorldEvents[o]!,
    }))
    .filter((o) => o.reports > 0)
    .sort((a, b) => b.realWorldEvents - a.realWorldEvents || b.reports - a.reports || a.label.localeCompare(b.label));
}
