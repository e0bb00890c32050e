import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { type CoverageDifferences, disagreementSides } from '../../selectors/differences.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { capList } from './bar-layout.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { formatShortDate } from '../../components/format.ts';
import { NoSentenceNote } from '../../components/no-sentence-note.tsx';

const LIMIT = 30;
const KIND_WORDS = { date: 'date', modality: 'modality', participants: 'participants' } as const;

type Props = { index: BundleIndex; list: CoverageDifferences['disagreements']; colourOf: (outletId: string) => string };

/** Each disagreement with what it is about and the disagreeing sentences side by side, outlet by outlet (first thirty; sentences built only for those). */
export function DisagreementList({ index, list, colourOf }: Props) {
  const { shown, rest } = capList(list, LIMIT);
  const select = (clusterId: string) => useFiltersStore.getState().select({ kind: 'cluster', clusterId });
  return (
    <ol aria-label="Disagreeing events" className="max-h-[28rem] space-y-2 overflow-auto">
      {shown.map(({ row, reason, kinds }) => (
        <li key={row.clusterId} className="rounded border border-amber-200 p-1.5 text-xs">
          <button
            type="button"
            onClick={() => select(row.clusterId)}
            aria-label={`${row.dateLabel}, ${row.type}, ${row.label}: ${reason}. Show all reports`}
            className="flex w-full flex-wrap items-center gap-x-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            <span className="tabular-nums text-slate-500">{row.dateLabel}</span>
            <span className="font-medium text-slate-600">{row.type}</span>
            <span className="min-w-0 flex-1 truncate">{row.label}</span>
            {kinds.map((k) => (
              <span key={k} className="rounded bg-amber-100 px-1 text-[11px] text-amber-900">
                {KIND_WORDS[k]}
              </span>
            ))}
          </button>
          <p className="my-0.5 text-amber-900">{reason}</p>
          <div className="grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-1.5">
            {disagreementSides(index, row).map((side) => (
              <div key={side.outletId} className="min-w-0 rounded bg-slate-50 p-1">
                <OutletChip label={side.outlet} colour={colourOf(side.outletId)} />
                {side.reports.map((r) => (
                  <div key={r.eventId} className="mt-0.5 leading-snug">
                    <span className="text-slate-500">
                      {r.modality} · {formatShortDate(r.date)} · {r.actors.join(', ')}:
                    </span>{' '}
                    {r.noSentence ? <NoSentenceNote value={r.noSentence} className="inline" /> : r.sentence}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </li>
      ))}
      {rest > 0 && <li className="text-xs text-slate-500">and {rest} more; narrow the filters to see them.</li>}
    </ol>
  );
}
