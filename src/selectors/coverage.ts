import { MODALITIES, type Modality, type PloverType } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** How one outlet reported one real-world event. */
export type CoverageCell = { outletId: string; modalities: Modality[]; eventIds: string[]; dates: string[] };

/** A row of the coverage matrix: one cluster, with a cell for each outlet that reported it. */
export type CoverageRow = {
  clusterId: string;
  day: number;
  date: string | null;
  type: PloverType;
  label: string;
  cells: Map<string, CoverageCell>;
  outletCount: number;
};

export type CoverageMatrix = { outlets: { id: string; label: string; count: number }[]; rows: CoverageRow[] };

/**
 * Rows are clusters with a passing report, in date order; columns are outlets that reported any passing
 * event, busiest first (the view shows the first few and lets the user search for others).
 */
export function selectCoverage(index: BundleIndex, mask: EventMask): CoverageMatrix {
  const rows = new Map<number, CoverageRow>();
  const outletCounts = new Map<string, number>();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const c = index.cluster[i]!;
    const cluster = index.bundle.clusters[c]!;
    let row = rows.get(c);
    if (!row) {
      const label = cluster.actorIds.slice(0, 3).map((id) => index.actorName.get(id) ?? id).join(', ');
      row = { clusterId: cluster.id, day: Number.NaN, date: cluster.datePrecision === 'unknown' ? null : cluster.date, type: cluster.type, label, cells: new Map(), outletCount: 0 };
      rows.set(c, row);
    }
    const e = index.events[i]!;
    const outletId = index.outletIds[index.outlet[i]!]!;
    const cell = row.cells.get(outletId) ?? { outletId, modalities: [], eventIds: [], dates: [] };
    if (!cell.modalities.includes(e.modality)) cell.modalities.push(e.modality);
    cell.eventIds.push(e.id);
    if (e.date && e.datePrecision !== 'unknown' && !cell.dates.includes(e.date)) cell.dates.push(e.date);
    if (!row.cells.has(outletId)) outletCounts.set(outletId, (outletCounts.get(outletId) ?? 0) + 1);
    row.cells.set(outletId, cell);
  }
  const list = [...rows.values()];
  for (const row of list) {
    row.outletCount = row.cells.size;
    row.day = row.date ? Date.parse(`${row.date}T00:00:00Z`) / 86_400_000 : Infinity;
    for (const cell of row.cells.values()) cell.modalities.sort((a, b) => MODALITIES.indexOf(a) - MODALITIES.indexOf(b));
  }
  list.sort((a, b) => a.day - b.day || b.outletCount - a.outletCount || a.clusterId.localeCompare(b.clusterId));
  const outlets = [...outletCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => ({ id, label: index.outletName.get(id) ?? id, count }));
  return { outlets, rows: list };
}
