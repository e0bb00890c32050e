/** Narrowest and widest label column: date, type, corroboration badge on one line, actors on the next. */
export const MIN_LABEL_WIDTH = 172;
export const MAX_LABEL_WIDTH = 260;
/** Outlet columns: a glyph or two at least, never wider than a short name needs. */
export const MIN_COLUMN_WIDTH = 36;
export const MAX_COLUMN_WIDTH = 96;

/**
 * Widths of the coverage matrix's label column and outlet columns for the space it has. The label takes
 * what the columns leave at their narrowest (a narrow panel with few outlets then still fits the date, type
 * and badge on one line), up to its widest; the columns share what is left after the label.
 */
export function matrixWidths(width: number, columnCount: number): { labelWidth: number; colWidth: number } {
  const columns = Math.max(1, columnCount);
  const labelWidth = Math.max(MIN_LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, width - columns * MIN_COLUMN_WIDTH - 2));
  const colWidth = Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, Math.floor((width - labelWidth - 2) / columns)));
  return { labelWidth, colWidth };
}
