/** A column of the coverage matrix: an outlet and how many real-world events it reported under the filters (outlet-counts.ts). */
export type OutletColumn = { id: string; label: string; count: number };

/** How many outlets the matrix shows before the user adds more. */
export const DEFAULT_COLUMNS = 8;

/**
 * The matrix columns: the outlets of the Outlets filter when it is set (busiest first, including
 * those with nothing under the other filters, since the user asked for them), else the user's own
 * picks in their order, else the busiest few.
 */
export function chooseColumns(
  available: OutletColumn[],
  filterOutlets: string[],
  picked: string[] | null,
  nameOf: (id: string) => string,
  topN = DEFAULT_COLUMNS,
): OutletColumn[] {
  const byId = new Map(available.map((o) => [o.id, o]));
  const lookup = (id: string): OutletColumn => byId.get(id) ?? { id, label: nameOf(id), count: 0 };
  if (filterOutlets.length > 0)
    return filterOutlets.map(lookup).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (picked) return picked.map(lookup);
  return available.slice(0, topN);
}

/** The picked column ids after adding or removing one (starting from the shown columns). */
export function toggleColumn(shown: string[], id: string): string[] {
  return shown.includes(id) ? shown.filter((x) => x !== id) : [...shown, id];
}

/** Every outlet of the bundle as a picker option, with its count under the filters (0 when absent). */
export function columnOptions(
  available: OutletColumn[],
  allOutletIds: readonly string[],
  nameOf: (id: string) => string,
): OutletColumn[] {
  const listed = new Set(available.map((o) => o.id));
  const rest = allOutletIds.filter((id) => !listed.has(id)).map((id) => ({ id, label: nameOf(id), count: 0 }));
  return [...available, ...rest.sort((a, b) => a.label.localeCompare(b.label))];
}

/**
 * The rows at least one shown outlet reported: a cluster only hidden outlets covered would be an empty line.
 * Columns come as the bundle's outlet indices: tens of thousands of rows are checked on each filter change.
 */
export function rowsForColumns<R extends { reportedByAny: (shown: Uint8Array) => boolean }>(rows: R[], columnIndices: number[]): R[] {
  const shown = new Uint8Array(Math.max(-1, ...columnIndices) + 1);
  for (const o of columnIndices) shown[o] = 1;
  return rows.filter((r) => r.reportedByAny(shown));
}
