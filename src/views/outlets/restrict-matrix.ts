import type { CoverageMatrix, CoverageRow } from '../../selectors/coverage.ts';

/**
 * The matrix seen through a few outlets only: other outlets' cells dropped, rows none of them reported
 * dropped, counts recomputed. Differences between the chosen outlets are then differences in this
 * matrix ("exclusive" means exclusive among them).
 */
export function restrictMatrix(matrix: CoverageMatrix, outletIds: string[]): CoverageMatrix {
  const keep = outletIndexSet(matrix, outletIds);
  const rows = matrix.rows.flatMap((row) => row.restrictTo(keep) ?? []);
  const byId = new Map(matrix.outlets.map((o) => [o.id, o]));
  const outlets = outletIds.flatMap((id) => {
    const o = byId.get(id);
    return o ? [o] : [];
  });
  return { ...matrix, outlets, rows };
}

/**
 * One cluster's row as `restrictMatrix` would give it (null when none of the outlets reported it under the
 * filters), without restricting every row: what the Framing tab compares, the same reports Differences does.
 */
export function restrictRow(matrix: CoverageMatrix, clusterId: string, outletIds: string[]): CoverageRow | null {
  const row = matrix.rows.find((r) => r.clusterId === clusterId);
  return row ? row.restrictTo(outletIndexSet(matrix, outletIds)) : null;
}

function outletIndexSet(matrix: CoverageMatrix, outletIds: string[]): Set<number> {
  return new Set(outletIds.flatMap((id) => matrix.outletIndexOf(id) ?? []));
}
