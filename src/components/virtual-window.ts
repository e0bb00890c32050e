/** Which rows of a fixed-row-height list are on screen (plus a margin), and where they sit. */
export type VirtualWindow = { start: number; end: number; offset: number; total: number };

/** Rows rendered beyond each edge of the viewport, so a scroll step shows rows already laid out. */
export const OVERSCAN = 2;

/**
 * How many rows a window can hold at most: rows keyed by `row % capacity` keep their elements when the
 * window moves or the rows change (a scroll step or a filter change updates rows in place instead of
 * replacing them), and no two rows of one window share a key.
 */
export function windowCapacity(viewport: number, rowHeight: number, overscan = OVERSCAN): number {
  return Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1 + 2 * overscan;
}

/**
 * The rows to render for a scroll position: [start, end) with `overscan` extra rows either side, so
 * 50,000 rows cost as much as the thirty on screen.
 */
export function virtualWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  rowCount: number,
  overscan = OVERSCAN,
): VirtualWindow {
  const total = rowCount * rowHeight;
  if (rowCount === 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total };
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, total - viewport)));
  const first = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end, offset: start * rowHeight, total };
}

/** The scrollTop that brings a row fully into view, changing the current one as little as possible. */
export function scrollToShow(row: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = row * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return Math.max(0, top + rowHeight - viewport);
  return scrollTop;
}

/** A position in the coverage grid: row of the body, column 0 is the row label, 1.. the outlets. */
export type GridPosition = { row: number; col: number };

/**
 * Where a key moves the grid focus (the ARIA grid pattern: arrows, Home/End within a row,
 * Ctrl+Home/End to the corners, PageUp/PageDown by a screenful); null for keys the grid ignores.
 */
export function moveGridFocus(
  pos: GridPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
  page: number,
): GridPosition | null {
  const clampRow = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(cols - 1, c));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(pos.row + 1), col: pos.col };
    case 'ArrowUp':
      return { row: clampRow(pos.row - 1), col: pos.col };
    case 'ArrowRight':
      return { row: pos.row, col: clampCol(pos.col + 1) };
    case 'ArrowLeft':
      return { row: pos.row, col: clampCol(pos.col - 1) };
    case 'PageDown':
      return { row: clampRow(pos.row + Math.max(1, page)), col: pos.col };
    case 'PageUp':
      return { row: clampRow(pos.row - Math.max(1, page)), col: pos.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 };
    case 'End':
      return ctrl ? { row: clampRow(rows - 1), col: clampCol(cols - 1) } : { row: pos.row, col: clampCol(cols - 1) };
    default:
      return null;
  }
}
