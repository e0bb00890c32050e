/**
 * Where a key moves the list's focused row: arrows by one, Page Up/Down by a screenful, Home/End to the ends
 * (the roving tab stop of a list of rows); null for keys the list leaves alone.
 */
export function moveRowFocus(row: number, key: string, rows: number, page: number): number | null {
  const clamp = (r: number) => Math.max(0, Math.min(rows - 1, r));
  switch (key) {
    case 'ArrowDown':
      return clamp(row + 1);
    case 'ArrowUp':
      return clamp(row - 1);
    case 'PageDown':
      return clamp(row + Math.max(1, page));
    case 'PageUp':
      return clamp(row - Math.max(1, page));
    case 'Home':
      return 0;
    case 'End':
      return clamp(rows - 1);
    default:
      return null;
  }
}

/** The row that takes Tab focus: the active one, or the first on screen when the active one scrolled away (else the list could not be tabbed into). */
export function rowTabStop(
  active: number,
  rows: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
): number {
  const row = Math.max(0, Math.min(active, rows - 1));
  const first = Math.ceil(scrollTop / rowHeight);
  const last = Math.floor((scrollTop + viewport) / rowHeight) - 1;
  return row < first || row > last ? Math.min(first, Math.max(0, rows - 1)) : row;
}
