import { Region } from '../../components/region.tsx';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useAfterPaintOnce, useBundleIndex, useEventMask } from '../../state/dashboard-hooks.ts';
import { formatCount, formatShortDate } from '../../components/format.ts';
import { useIdleValue } from '../../components/use-after-paint.ts';
import {
  latestPublication,
  promiseLinksOf,
  promisesInMask,
  selectKeptPromises,
  selectOpenPromises,
} from '../../selectors/promises.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useFiltersStore } from '../../state/filters-store.ts';
import { KeptPromiseItem, OpenPromiseItem } from './promise-items.tsx';

/** Long lists show this many first: a bundle of 100,000 events may hold thousands of promises. */
const FIRST_SHOWN = 8;
const MORE_SHOWN = 50;

/**
 * Promises kept and open: planned events as of a chosen day, whether a later report says they happened.
 * The announcements follow the shared filters; the reports that keep them are found in the whole corpus,
 * so filtering Modality to "planned" still shows which plans were kept.
 */
export function PromisesView() {
  const index = useBundleIndex();
  // The lists follow one frame after the three views above: they sit below them and need not delay their paint.
  const mask = useAfterPaintOnce(useEventMask());
  const storedAsOf = useFiltersStore((s) => s.asOf);
  const selection = useFiltersStore((s) => s.selection);
  const latest = useMemo(() => latestPublication(index), [index]);
  const asOf = storedAsOf ?? latest;
  // Linking takes a hundred milliseconds or more at 100,000 events: once the page has painted and is idle.
  const linkIndex = useIdleValue(index, null);
  const links = useMemo(() => (linkIndex ? promiseLinksOf(linkIndex) : []), [linkIndex]);
  const visible = useMemo(() => promisesInMask(links, mask), [links, mask]);
  const open = useMemo(() => (asOf ? selectOpenPromises(visible, asOf) : []), [visible, asOf]);
  const kept = useMemo(() => (asOf ? selectKeptPromises(visible, asOf) : []), [visible, asOf]);
  const unreported = open.filter((p) => p.dueDatePassed).length;
  const selectedEventId = selection?.kind === 'event' ? selection.eventId : null;
  const onSelect = (eventId: string) => useFiltersStore.getState().select({ kind: 'event', eventId });
  const inputId = useId();
  return (
    <Region id={REGION_IDS.promises} label="Promises" offscreenSkipped>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 className="text-sm font-semibold">Promises</h2>
        <label htmlFor={inputId} className="flex items-center gap-1 text-sm">
          As of
          <DateInput
            id={inputId}
            label="As of"
            value={asOf}
            max={latest ?? undefined}
            onCommit={(day) => useFiltersStore.getState().setAsOf(day)}
          />
        </label>
        <p className="text-xs text-slate-600" role="status">
          {asOf
            ? `${formatCount(open.length)} open (${formatCount(unreported)} past their due date) · ${formatCount(kept.length)} kept, as of ${formatShortDate(asOf)}`
            : 'No publication dates in this bundle.'}
        </p>
      </div>
      <p className="mt-1 text-xs text-slate-500">
        A planned event counts as kept once a later article reports it as having happened (same event, or same type and
        parties within the planned date).
      </p>
      <div className="mt-2 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <PromiseList
          title="Open"
          count={open.length}
          empty={
            linkIndex === null
              ? 'Linking announcements to reports…'
              : visible.length === 0
                ? 'No planned events pass the filters.'
                : 'Nothing announced is still waiting for a report.'
          }
        >
          {(n) =>
            // Open promises exist only with an as-of day.
            asOf &&
            open.slice(0, n).map((p) => (
              <li key={p.planned}>
                <OpenPromiseItem
                  index={index}
                  promise={p}
                  asOf={asOf}
                  selectedEventId={selectedEventId}
                  onSelect={onSelect}
                />
              </li>
            ))
          }
        </PromiseList>
        <PromiseList
          title="Kept"
          count={kept.length}
          empty={
            linkIndex === null
              ? 'Linking announcements to reports…'
              : 'No announcement has been reported as happening yet.'
          }
        >
          {(n) =>
            kept.slice(0, n).map((p) => (
              <li key={p.planned}>
                <KeptPromiseItem index={index} promise={p} selectedEventId={selectedEventId} onSelect={onSelect} />
              </li>
            ))
          }
        </PromiseList>
      </div>
    </Region>
  );
}

/** A titled list that shows the first items and offers more, a page at a time (thousands would be slow to render). */
function PromiseList({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: (shown: number) => ReactNode;
}) {
  const [limit, setLimit] = useState(FIRST_SHOWN);
  const shown = Math.min(count, limit);
  const headingId = useId();
  const more = Math.min(count - shown, MORE_SHOWN);
  return (
    <div className="min-w-0">
      <h3
        id={headingId}
        className="border-b border-slate-200 pb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase"
      >
        {title} <span className="font-normal text-slate-500 tabular-nums">{formatCount(count)}</span>
      </h3>
      {count === 0 ? (
        <p className="py-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul
          aria-labelledby={headingId}
          className={`divide-y divide-slate-100 ${limit > FIRST_SHOWN ? 'max-h-[32rem] overflow-y-auto' : ''}`}
        >
          {children(shown)}
        </ul>
      )}
      {more > 0 && (
        <button
          type="button"
          onClick={() => setLimit(shown + MORE_SHOWN)}
          className="mt-1 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100"
        >
          Show {formatCount(more)} more of {formatCount(count)}
        </button>
      )}
    </div>
  );
}
