import { useMemo, useState } from 'react';
import { Region } from '../../components/region.tsx';
import { useAfterPaintOnce, useBundleIndex, useEventMask } from '../../state/dashboard-hooks.ts';
import { formatCount } from '../../components/format.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { useFiltersStore } from '../../state/filters-store.ts';
import { EventTable } from './event-table.tsx';
import { type ListKind, type ListSort, selectListOrder } from './list-order.ts';
import { describeCount } from './list-row.ts';

const HEADING_ID = 'event-list-heading';
const KINDS: [ListKind, string][] = [
  ['reports', 'Reports'],
  ['events', 'Real-world events'],
];

/**
 * Every event under the filters as a sortable table, one row per report (an event as one article tells it) or
 * per real-world event (its reports across outlets); a row opens its evidence. Below the fold, so it follows the
 * other views by a frame after a filter change, and only the rows on screen are in the page.
 */
export function EventListView() {
  const index = useBundleIndex();
  const mask = useAfterPaintOnce(useEventMask());
  const [kind, setKind] = useState<ListKind>('reports');
  const [sort, setSort] = useState<ListSort>({ column: 'date', descending: false });
  const order = useMemo(() => selectListOrder(index, mask, kind, sort), [index, mask, kind, sort]);
  const selection = useFiltersStore((s) => s.selection);
  return (
    <Region id={REGION_IDS.eventList} labelledBy={HEADING_ID} offscreenSkipped>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id={HEADING_ID} className="text-sm font-semibold">
          Event list
        </h2>
        <p className="text-xs text-slate-600 tabular-nums">
          {describeCount(order.rows.length, kind, formatCount)} under the filters
          {kind === 'reports' ? ' (one row per article’s account)' : ' (reports across outlets joined)'}
        </p>
        <div role="group" aria-label="Rows are" className="ml-auto flex gap-1 text-xs">
          {KINDS.map(([k, label]) => (
            <button
              key={k}
              type="button"
              aria-pressed={kind === k}
              onClick={() => setKind(k)}
              className={`rounded px-2 py-0.5 ring-1 ${kind === k ? 'bg-slate-800 text-white ring-slate-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100'}`}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {order.rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No event matches these filters.</p>
      ) : (
        <EventTable order={order} mask={mask} sort={sort} onSort={setSort} selection={selection} />
      )}
    </Region>
  );
}
