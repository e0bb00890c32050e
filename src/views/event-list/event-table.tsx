import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useBundleIndex } from '../../state/dashboard-hooks.ts';
import { scrollToShow, virtualWindow, windowCapacity } from '../../components/virtual-window.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import type { Selection } from '../../state/filters.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import type { ListOrder, ListSort } from './list-order.ts';
import { describeRow, isRowSelected } from './list-row.ts';
import { EventRow } from './event-row.tsx';
import { moveRowFocus, rowTabStop } from './row-focus.ts';
import { LIST_COLUMNS, type ListColumn } from './sort-keys.ts';

/** Fixed heights: what makes the virtual window a division instead of a measurement. */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 32;
const MAX_HEIGHT = 480;

const COLUMN_LABELS: Record<ListColumn, string> = {
  date: 'Date',
  precision: 'Precision',
  type: 'Type',
  source: 'Source',
  target: 'Target',
  outlets: 'Outlets',
  modality: 'Modality',
  sentence: 'Sentence',
};
/** Fixed widths; the sentence takes what is left. */
const COLUMN_WIDTHS: Record<Exclude<ListColumn, 'sentence'>, string> = {
  date: '11.5rem',
  precision: '5rem',
  type: '6.5rem',
  source: '8.5rem',
  target: '8.5rem',
  outlets: '8rem',
  modality: '6rem',
};

type Props = {
  order: ListOrder;
  mask: EventMask;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  selection: Selection | null;
};

/**
 * The rows as a table with sortable column headers. Only the rows on screen are rendered (between two spacer
 * rows), keyed by slot so a scroll step or a filter change updates them in place. One row is the tab stop;
 * arrows, Page Up/Down, Home and End move it, Enter or a click opens the row's evidence.
 */
export function EventTable({ order, mask, sort, onSort, selection }: Props) {
  const index = useBundleIndex();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const count = order.rows.length;
  const height = Math.min(MAX_HEIGHT, HEADER_HEIGHT + count * ROW_HEIGHT + 2);
  const viewport = height - HEADER_HEIGHT;
  const win = virtualWindow(scrollTop, viewport, ROW_HEIGHT, count);
  const capacity = windowCapacity(viewport, ROW_HEIGHT);
  const tabStop = rowTabStop(active, count, scrollTop, viewport, ROW_HEIGHT);

  // After a key moved the focus (and maybe scrolled), focus the row once it is rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${tabStop}"]`)?.focus();
  });

  const open = (r: number) => {
    setActive(r);
    const row = order.rows[r];
    if (row !== undefined)
      useFiltersStore.getState().select(describeRow(index, mask, order.kind, row, order.firstReport).selection);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const at = Number((e.target as HTMLElement).dataset.row ?? NaN);
    if (Number.isNaN(at)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return open(at);
    }
    const next = moveRowFocus(at, e.key, count, Math.floor(viewport / ROW_HEIGHT) - 1);
    if (next === null) return;
    e.preventDefault();
    const top = scrollToShow(next, scrollTop, viewport, ROW_HEIGHT);
    if (scroller.current && top !== scrollTop) scroller.current.scrollTop = top;
    setScrollTop(top);
    focusPending.current = true;
    setActive(next);
  };

  const sortBy = (column: ListColumn) => {
    onSort({ column, descending: sort.column === column ? !sort.descending : false });
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  };

  return (
    <div
      ref={scroller}
      id="event-list-rows"
      tabIndex={-1}
      data-focus-return
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      className="mt-2 overflow-auto rounded border border-slate-200"
      style={{ height }}
    >
      <table
        className="w-full min-w-[58rem] table-fixed border-separate border-spacing-0 text-xs"
        aria-rowcount={count + 1}
      >
        <colgroup>
          {LIST_COLUMNS.map((c) => (
            <col key={c} style={{ width: c === 'sentence' ? undefined : COLUMN_WIDTHS[c] }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {LIST_COLUMNS.map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {win.offset > 0 && <tr aria-hidden="true" style={{ height: win.offset }} />}
          {Array.from({ length: win.end - win.start }, (_, k) => {
            const r = win.start + k;
            const row = order.rows[r]!;
            return (
              <EventRow
                // Keyed by slot, not by event: a filter change or a scroll step then updates rows in place.
                key={r % capacity}
                position={r}
                row={describeRow(index, mask, order.kind, row, order.firstReport)}
                height={ROW_HEIGHT}
                tabStop={r === tabStop}
                selected={isRowSelected(index, order.kind, row, selection)}
                outletIds={index.outletIds}
                outletName={index.outletName}
                onOpen={open}
              />
            );
          })}
          {win.end < count && <tr aria-hidden="true" style={{ height: (count - win.end) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}

/** A column header: a button that sorts by the column (again: the other way), the th saying how it is sorted. */
function SortHeader({ column, sort, onSort }: { column: ListColumn; sort: ListSort; onSort: (c: ListColumn) => void }) {
  const sorted = sort.column === column;
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th
      scope="col"
      aria-sort={sorted ? direction : undefined}
      className="sticky top-0 z-[1] bg-slate-50 px-1 text-left font-medium text-slate-700 shadow-[inset_0_-1px_0_#cbd5e1]"
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="flex w-full items-center gap-1 rounded px-1 py-0.5 hover:bg-slate-200"
      >
        {COLUMN_LABELS[column]}
        <span aria-hidden="true" className="text-slate-500">
          {sorted ? (sort.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}
