import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { CoverageRow } from '../../selectors/coverage.ts';
import type { Selection } from '../../state/filters.ts';
import type { OutletColumn } from './column-choice.ts';
import { CoverageRowView } from './coverage-row.tsx';
import { matrixWidths } from './matrix-widths.ts';
import { useElementSize } from '../../components/use-element-size.ts';
import {
  type GridPosition,
  moveGridFocus,
  scrollToShow,
  virtualWindow,
  windowCapacity,
} from '../../components/virtual-window.ts';
import { formatCount } from '../../components/format.ts';
import { useChartExportStore } from '../../state/chart-export-store.ts';

type Props = {
  rows: CoverageRow[];
  columns: OutletColumn[];
  colourOf: (outletId: string) => string;
  selection: Selection | null;
  onCell: (clusterId: string, outletId: string) => void;
  onRow: (clusterId: string) => void;
};

/** Fixed row height: what makes the virtual window a division instead of a measurement. */
export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 136;
const MAX_HEIGHT = 500;
/**
 * Most rows drawn for an image export: 36,000 pixels, already past what a PNG canvas holds at twice the
 * size (the PNG is then scaled down); the export's caption says when rows were left out.
 */
export const MAX_EXPORT_ROWS = 1000;

/**
 * The coverage matrix as an ARIA grid: clusters down, outlets across, one focusable cell at a time
 * (arrows move it). Only the rows in view are rendered, so 50,000 clusters scroll smoothly; the header
 * and the label column stay put while scrolling.
 */
export function CoverageMatrix({ rows, columns, colourOf, selection, onCell, onRow }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // Measure the wrapper, not the grid: the grid shrinks to fit few columns, which would feed back into the widths.
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const { width } = useElementSize(wrapper, { width: 640, height: MAX_HEIGHT });
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const focusPending = useRef(false);
  // For an image export every row is rendered for a frame, at full height, with the header at the top.
  const whole = useChartExportStore((s) => s.drawingWhole);
  const { labelWidth, colWidth } = matrixWidths(width, columns.length);
  const drawn = whole ? Math.min(rows.length, MAX_EXPORT_ROWS) : rows.length;
  const fullHeight = HEADER_HEIGHT + drawn * ROW_HEIGHT + 2;
  const height = whole ? fullHeight : Math.min(MAX_HEIGHT, fullHeight);
  const bodyViewport = height - HEADER_HEIGHT;
  const win = whole
    ? { start: 0, end: drawn, offset: 0, total: drawn * ROW_HEIGHT }
    : virtualWindow(scrollTop, bodyViewport, ROW_HEIGHT, rows.length);
  const capacity = whole ? drawn : windowCapacity(bodyViewport, ROW_HEIGHT);
  const tabStop = tabStopOf(active, rows.length, columns.length + 1, scrollTop, bodyViewport);

  // After a key moved the focus (and maybe scrolled), focus the cell once it is rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${tabStop.row}:${tabStop.col}"]`)?.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveGridFocus(
      tabStop,
      e.key,
      e.ctrlKey || e.metaKey,
      rows.length,
      columns.length + 1,
      Math.floor(bodyViewport / ROW_HEIGHT) - 1,
    );
    if (!next) return;
    e.preventDefault();
    const top = scrollToShow(next.row, scrollTop, bodyViewport, ROW_HEIGHT);
    if (scroller.current && top !== scrollTop) scroller.current.scrollTop = top;
    setScrollTop(top);
    focusPending.current = true;
    setActive(next);
  };

  // Clicking or tabbing into a cell makes it the grid's tab stop.
  const onFocus = (e: React.FocusEvent) => {
    const at = (e.target as HTMLElement).dataset.cell?.split(':').map(Number);
    if (at && (at[0] !== tabStop.row || at[1] !== tabStop.col)) setActive({ row: at[0]!, col: at[1]! });
  };

  const rowWidth = labelWidth + columns.length * colWidth;
  return (
    <div ref={setWrapper}>
      <div
        ref={scroller}
        id="coverage-grid"
        tabIndex={-1}
        data-focus-return
        role="grid"
        aria-label="Coverage matrix: events by outlet"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        className="relative w-fit max-w-full overflow-auto rounded border border-slate-200"
        style={{ height }}
      >
        <div role="rowgroup" className="sticky top-0 z-[2] bg-white" style={{ width: rowWidth }}>
          <div
            role="row"
            aria-rowindex={1}
            className="flex border-b border-slate-300"
            style={{ height: HEADER_HEIGHT }}
          >
            <div
              role="columnheader"
              className="sticky left-0 z-[1] flex items-end border-r border-slate-200 bg-white px-2 pb-1 text-xs font-medium text-slate-600"
              style={{ width: labelWidth }}
            >
              Event: date · type · actors
            </div>
            {columns.map((col) => (
              <OutletHeader key={col.id} column={col} colour={colourOf(col.id)} width={colWidth} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: win.total, width: rowWidth }}>
          {rows.slice(win.start, win.end).map((row, k) => {
            const r = win.start + k;
            return (
              <CoverageRowView
                // Keyed by slot, not by cluster: a filter change or a scroll step then updates rows in place.
                key={r % capacity}
                row={row}
                rowIndex={r}
                top={r * ROW_HEIGHT}
                height={ROW_HEIGHT}
                labelWidth={labelWidth}
                colWidth={colWidth}
                columns={columns}
                colourOf={colourOf}
                tabCol={r === tabStop.row ? tabStop.col : -1}
                selection={selection}
                onCell={onCell}
                onRow={onRow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** The cell that takes Tab focus: the active one, or the same column in the first row on screen when the active row scrolled away (else the grid could not be tabbed into). */
function tabStopOf(
  active: GridPosition,
  rows: number,
  cols: number,
  scrollTop: number,
  viewport: number,
): GridPosition {
  const row = Math.max(0, Math.min(active.row, rows - 1));
  const col = Math.max(0, Math.min(active.col, cols - 1));
  const first = Math.ceil(scrollTop / ROW_HEIGHT);
  const last = Math.floor((scrollTop + viewport) / ROW_HEIGHT) - 1;
  return row < first || row > last ? { row: Math.min(first, Math.max(0, rows - 1)), col } : { row, col };
}

/** An outlet's column header: its colour chip, name (vertical, to fit narrow columns) and its real-world events (rows it marks). */
function OutletHeader({ column, colour, width }: { column: OutletColumn; colour: string; width: number }) {
  const name = `${column.label}: ${column.count} real-world event${column.count === 1 ? '' : 's'}`;
  return (
    <div
      role="columnheader"
      aria-label={name}
      title={name}
      className="flex flex-col items-center justify-end gap-1 border-l border-slate-100 pb-1"
      style={{ width }}
    >
      <span className="max-h-[6.75rem] overflow-hidden text-ellipsis whitespace-nowrap text-xs font-medium text-slate-800 [writing-mode:vertical-rl] rotate-180">
        {column.label}
      </span>
      <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ background: colour }} />
      <span className="text-[11px] tabular-nums text-slate-500">
        {formatCount(column.count)}
        <span className="sr-only"> real-world events</span>
      </span>
    </div>
  );
}
