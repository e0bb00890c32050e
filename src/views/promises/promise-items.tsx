import { OutletChip } from '../../components/outlet-chip.tsx';
import { outletColour } from '../../components/palette.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { sentenceText } from '../../model/external-coders.ts';
import type { KeptPromise, OpenPromise } from '../../selectors/promises.ts';
import { formatShortDate } from '../../components/format.ts';
import { describePlan, gapText, notReportedText } from './promise-text.ts';

type ItemProps<P> = {
  index: BundleIndex;
  promise: P;
  selectedEventId: string | null;
  onSelect: (eventId: string) => void;
};

/** The as-of day an open promise is judged on. */
type OpenItemProps = ItemProps<OpenPromise> & { asOf: string };

const ROW =
  'block w-full rounded px-2 py-1.5 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600';
const SELECTED = 'bg-blue-50 ring-1 ring-inset ring-blue-300 hover:bg-blue-50';

function Outlet({ index, id }: { index: BundleIndex; id: string }) {
  return <OutletChip plain label={index.outletName.get(id) ?? id} colour={outletColour(index.outletIds, id)} />;
}

/**
 * An open promise: who promised what, when it was due, who announced it; once the due date passed, that no
 * article in the corpus reports it held by the as-of day (never "overdue": absence of a report is not a miss).
 */
export function OpenPromiseItem({ index, promise, asOf, selectedEventId, onSelect }: OpenItemProps) {
  const id = index.eventIds[promise.planned]!;
  const { who, what, sentence } = describePlan(index, promise.planned);
  const selected = selectedEventId === id;
  return (
    <button
      type="button"
      className={`${ROW} ${selected ? SELECTED : ''}`}
      aria-pressed={selected}
      onClick={() => onSelect(id)}
      title={sentence}
    >
      <span className="flex items-baseline gap-2">
        <span className="min-w-0 truncate text-sm">
          <span className="font-medium text-slate-900">{who}</span>{' '}
          <span className="text-xs text-slate-600">{what}</span>
        </span>
      </span>
      <span className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600">
        <span className="tabular-nums">{promise.due ? `due ${formatShortDate(promise.due)}` : 'no date given'}</span>
        {promise.dueDatePassed && <span className="font-medium text-amber-900">{notReportedText(asOf)}</span>}
        <span className="inline-flex gap-1">
          announced {formatShortDate(promise.announced)} by <Outlet index={index} id={promise.announcedBy} />
        </span>
      </span>
    </button>
  );
}

/** A kept promise: the announcement and the report, each opening its own sentence, with the days between them. */
export function KeptPromiseItem({ index, promise, selectedEventId, onSelect }: ItemProps<KeptPromise>) {
  const { who, what } = describePlan(index, promise.planned);
  const part = (event: number, label: string, date: string | null, outletId: string) => {
    const eventId = index.eventIds[event]!;
    return (
      <button
        type="button"
        aria-pressed={selectedEventId === eventId}
        onClick={() => onSelect(eventId)}
        title={sentenceText(index.events.at(event)!)}
        className={`rounded px-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 ${selectedEventId === eventId ? SELECTED : ''}`}
      >
        {label} {formatShortDate(date)} by <Outlet index={index} id={outletId} />
      </button>
    );
  };
  return (
    <div className="px-1 py-1.5">
      <p className="truncate px-1 text-sm">
        <span className="font-medium text-slate-900">{who}</span> <span className="text-xs text-slate-600">{what}</span>
      </p>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-1 text-xs text-slate-600">
        {part(promise.planned, 'announced', promise.announced, promise.announcedBy)}
        <span aria-hidden="true">→</span>
        {part(promise.kept, 'reported held', promise.reported, promise.keptBy!)}
        <span className="tabular-nums text-slate-500">({gapText(promise.gapDays)})</span>
      </p>
    </div>
  );
}
