import type { CoverageMatrix } from '../../selectors/coverage.ts';

/**
 * The matrix seen through a few outlets only: other outlets' cells dropped, rows none of them reported
 * dropped, counts recomputed. Differences between the chosen outlets are then differences in this
 * matrix ("exclusive" means exclusive among them).
 */
export function restrictMatrix(matrix: CoverageMatrix, outletIds: string[]): CoverageMatrix {
  const keep = new Set(outletIds.flatMap((id) => (matrix.outletIndexOf(id) === undefined ? [] : [matrix.outletIndexOf(id)!])));
  const rows = matrix.rows.flatMap((row) => row.restrictTo(keep) ?? []);
  const byId = new Map(matrix.outlets.map((o) => [o.id, o]));
  const outlets = outletIds.flatMap((id) => {
    const o = byId.get(id);
    return o ? [o] : [];
  });
  return { ...matrix, outlets, rows };
}
