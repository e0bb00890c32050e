import type { CoverageMatrix, CoverageRow } from './coverage.ts';

/** Coverage differences worth calling out. */
export type CoverageDifferences = {
  /** Events only one outlet reported (when several outlets are in view). */
  exclusives: { row: CoverageRow; outletId: string }[];
  /** Per outlet: events at least two other outlets reported that it did not. */
  missed: { outletId: string; rows: CoverageRow[] }[];
  /** Events whose reports disagree on the day, or report it as happened and as not happening. */
  disagreements: { row: CoverageRow; reason: string }[];
};

/** Finds exclusives, misses and disagreements in a coverage matrix, from each row's outlet list and flags. */
export function selectDifferences(matrix: CoverageMatrix): CoverageDifferences {
  const several = matrix.outlets.length > 1;
  const exclusives = several ? matrix.rows.filter((r) => r.outletCount === 1).map((row) => ({ row, outletId: row.cells.keys().next().value! })) : [];
  const shared = matrix.rows.filter((r) => r.outletCount >= 2);
  const missed = matrix.outlets
    .map((o) => ({ outletId: o.id, rows: shared.filter((r) => !r.hasOutlet(o.id)) }))
    .filter((m) => m.rows.length > 0);
  const disagreements = matrix.rows.filter((r) => r.disagrees).map((row) => ({ row, reason: disagreementOf(row)! }));
  return { exclusives, missed, disagreements };
}

/** Why the reports of one event disagree, or null. Planned in an earlier report and occurred in a later one is not a disagreement. */
export function disagreementOf(row: CoverageRow): string | null {
  if (!row.disagrees) return null;
  const cells = [...row.cells.values()];
  const dates = [...new Set(cells.flatMap((c) => c.dates))].sort();
  const reasons: string[] = [];
  if (dates.length > 1) reasons.push(`dates differ: ${dates.join(' / ')}`);
  const modalities = new Set(cells.flatMap((c) => c.modalities));
  if (modalities.has('denied') && (modalities.has('occurred') || modalities.has('planned') || modalities.has('ongoing'))) reasons.push('reported as happening and as not happening');
  return reasons.length ? reasons.join('; ') : null;
}
