import { useMemo, useState } from 'react';
import { HighlightedSentence } from '../../components/highlighted-sentence.tsx';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { CoverageMatrix } from '../../selectors/coverage.ts';
import type { DisagreementKind } from '../../selectors/differences.ts';
import { type Framing, type FramingReport, selectFraming, selectFramingChoices } from '../../selectors/framing.ts';
import { formatTone } from '../../selectors/language.ts';
import type { Selection } from '../../state/filters.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { FramingChooser } from './framing-chooser.tsx';
import { formatShortDate } from '../../components/format.ts';
import { restrictRow } from './restrict-matrix.ts';
import { NoSentenceNote } from '../../components/no-sentence-note.tsx';

type Props = {
  index: BundleIndex;
  /** The coverage matrix under the filters: the events to choose from are those two compared outlets or more reported. */
  matrix: CoverageMatrix;
  /** The outlets compared: the Coverage columns, as in Differences. */
  outletIds: string[];
  colourOf: (outletId: string) => string;
};

const NO_CHOICES = { choices: [], total: 0 };

/** The cluster a selection points at, if any (an event's own cluster, a cell's or a row's). */
function clusterOfSelection(index: BundleIndex, selection: Selection | null): string | null {
  if (!selection) return null;
  if (selection.kind === 'cluster' || selection.kind === 'cell') return selection.clusterId;
  if (selection.kind === 'event') {
    const i = index.eventIndex.get(selection.eventId);
    return i === undefined ? null : index.clusterIds[index.cluster[i]!]!;
  }
  return null;
}

/**
 * The Framing tab: one event as each outlet told it, side by side: the verb, how each actor was
 * labelled, modality, date, tone, loaded terms and the sentence. Every report is shown; those passing the
 * filters from the compared outlets are compared, with the same disagreement function as Differences.
 */
export function FramingPanel({ index, matrix, outletIds, colourOf }: Props) {
  const selection = useFiltersStore((s) => s.selection);
  // A pick made here holds until the shared selection changes; then the new selection wins.
  const [choice, setChoice] = useState<{ clusterId: string | null; whileSelected: string | null } | null>(null);
  const [query, setQuery] = useState('');
  const fromSelection = clusterOfSelection(index, selection);
  const clusterId = choice && choice.whileSelected === fromSelection ? choice.clusterId : fromSelection;
  const pick = (id: string | null) => setChoice({ clusterId: id, whileSelected: fromSelection });
  const framing = useMemo(() => {
    if (!clusterId) return null;
    const names = {
      actor: (id: string) => index.actorName.get(id) ?? id,
      outlet: (id: string) => index.outletName.get(id) ?? id,
    };
    return selectFraming(index, clusterId, restrictRow(matrix, clusterId, outletIds), names);
  }, [index, matrix, outletIds, clusterId]);
  const comparedRows = useMemo(
    () => (framing ? null : rowsByComparedOutlets(matrix, outletIds)),
    [framing, matrix, outletIds],
  );
  // The chooser's list only while no event is open.
  const choices = useMemo(
    () => (comparedRows ? selectFramingChoices(index, comparedRows, query) : null),
    [comparedRows, index, query],
  );
  if (!framing)
    return <FramingChooser choices={choices ?? NO_CHOICES} query={query} onQuery={setQuery} onPick={pick} />;
  const outlets = groupByOutlet(framing.reports);
  const compared = framing.reports.filter((r) => r.compared).length;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
        <h3 className="text-sm font-semibold text-slate-800">
          {framing.type} · {framing.dateLabel} · {outlets.length} outlet{outlets.length === 1 ? '' : 's'}
          {framing.comparedOutlets !== outlets.length && `, ${framing.comparedOutlets} compared`}
        </h3>
        <button
          type="button"
          onClick={() => pick(null)}
          className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100"
        >
          Choose another event
        </button>
      </div>
      <Callouts framing={framing} />
      <p className="text-[11px] text-slate-600">
        Every report of this event, one column per outlet
        {outlets.length > 2 ? ` (scroll sideways in a narrow panel to see all ${outlets.length})` : ''}. Compared, as in
        Differences: the {compared} report{compared === 1 ? '' : 's'} passing the filters from the compared outlets (the
        Coverage columns); the others have a dashed border and are marked “not compared”.
      </p>
      {/* One column per outlet, always side by side: a narrow panel scrolls sideways rather than stacking them. */}
      <div
        role="list"
        aria-label="Reports side by side"
        tabIndex={0}
        className="grid auto-cols-[minmax(13.5rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-1 focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {outlets.map(([outletId, reports]) => (
          <section
            role="listitem"
            key={outletId}
            aria-label={reports[0]!.outlet}
            className="min-w-0 rounded border border-slate-200 p-2"
          >
            <h4 className="mb-1 text-sm font-semibold">
              <OutletChip label={reports[0]!.outlet} colour={colourOf(outletId)} />
            </h4>
            {reports.map((r) => (
              <ReportCard key={r.eventId} report={r} framing={framing} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

/** Each row with how many of the compared outlets reported it (what the chooser needs), allocating no outlet lists. */
function rowsByComparedOutlets(
  matrix: CoverageMatrix,
  outletIds: string[],
): { clusterIndex: number; outletCount: number }[] {
  const indices = outletIds.flatMap((id) => matrix.outletIndexOf(id) ?? []);
  const shown = new Uint8Array(Math.max(-1, ...indices) + 1);
  for (const o of indices) shown[o] = 1;
  return matrix.rows.map((r) => ({ clusterIndex: r.clusterIndex, outletCount: r.outletsAmong(shown) }));
}

/** The disagreement (the sentence Differences gives) and, apart, how the wording differs. */
function Callouts({ framing }: { framing: Framing }) {
  const d = framing.differences;
  const wording = [
    d.verbs && `Verbs differ: ${d.verbs.map((v) => `“${v}”`).join(' / ')}`,
    ...d.labels.map((l) => `${l.actor} is labelled ${l.labels.map((x) => `“${x}”`).join(' / ')}`),
    d.modalities && `Modalities differ without contradicting each other: ${d.modalities.join(' / ')}`,
  ].filter((x): x is string => Boolean(x));
  if (!framing.disagreement && wording.length === 0)
    return (
      <p className="text-xs text-slate-600">
        {framing.comparedOutlets > 1
          ? 'The compared outlets agree on verb, labels, modality, date and participants.'
          : 'Fewer than two compared outlets reported this event: nothing to compare.'}
      </p>
    );
  return (
    <div className="space-y-1 text-xs">
      {framing.disagreement && (
        <ul
          aria-label="Disagreements across outlets"
          className="rounded border border-amber-400 bg-amber-50 px-2 py-1 font-medium text-amber-950"
        >
          <li>≠ {framing.disagreement.reason}</li>
        </ul>
      )}
      {wording.length > 0 && (
        <ul
          aria-label="Wording across outlets"
          className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-slate-800"
        >
          {wording.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportCard({ report: r, framing }: { report: FramingReport; framing: Framing }) {
  const differs = framing.differences;
  const kinds: DisagreementKind[] = framing.disagreement?.kinds ?? [];
  const mark = (on: boolean) => (on && r.compared ? 'rounded bg-amber-100 px-0.5 font-semibold' : '');
  return (
    // A report not compared gets a dashed frame, not faded text: fading would take its text below AA contrast.
    <div
      className={
        r.compared
          ? 'mb-2 space-y-1 border-b border-slate-100 pb-2 text-xs last:mb-0 last:border-0 last:pb-0'
          : 'mb-2 space-y-1 rounded border border-dashed border-slate-400 p-1 text-xs last:mb-0'
      }
    >
      {!r.compared && (
        <p className="text-[11px] italic text-slate-600">Not compared: outside the filters or the compared outlets.</p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-slate-500">Verb</dt>
        <dd className={mark(differs.verbs !== null)} data-field="verb">
          {r.verb}
        </dd>
        <dt className="text-slate-500">Actors</dt>
        <dd>
          {r.labels.map((l) => (
            <span
              key={l.actorId}
              className="block"
              title={`${l.actor} (${l.basis === 'label' ? 'label' : l.basis === 'mention' ? 'as named' : 'gazetteer name'})`}
            >
              {l.basis === 'name' ? (
                <span className="text-slate-600">{l.actor} (not named in the sentence)</span>
              ) : (
                <>
                  <span
                    className={mark(
                      framing.namedBySome.includes(l.actorId) || differs.labels.some((x) => x.actor === l.actor),
                    )}
                  >
                    “{l.label}”
                  </span>
                  {l.label !== l.actor && <span className="text-slate-600"> = {l.actor}</span>}
                </>
              )}
            </span>
          ))}
        </dd>
        <dt className="text-slate-500">Modality</dt>
        <dd className={mark(kinds.includes('modality') || differs.modalities !== null)}>
          {r.modality} <span className="font-normal text-slate-700">({r.modalityCue})</span>
        </dd>
        <dt className="text-slate-500">Date</dt>
        <dd>
          <span className={mark(kinds.includes('date'))}>{r.dateLabel}</span>
          <span className="block text-[11px] leading-snug text-slate-600">{r.dateBasis}</span>
        </dd>
        <dt className="text-slate-500">Tone</dt>
        <dd>
          {r.tone.terms.length
            ? `${r.tone.score} (${formatTone(r.tone.comparative)}/word): ${r.tone.terms.map((t) => `${t.text} ${t.valence}`).join(', ')}`
            : 'no scored words'}
        </dd>
        <dt className="text-slate-500">Loaded</dt>
        <dd>{r.loadedTerms.length ? r.loadedTerms.map((t) => `${t.text} (${t.category})`).join(', ') : 'none'}</dd>
      </dl>
      {r.noSentence ? (
        <NoSentenceNote value={r.noSentence} className="text-sm" />
      ) : (
        <HighlightedSentence sentence={r.sentence} highlights={r.highlights} className="text-sm" />
      )}
      <p className="text-[11px] text-slate-500">
        published {r.published ? formatShortDate(r.published) : 'date unknown'}
      </p>
    </div>
  );
}

function groupByOutlet(reports: FramingReport[]): [string, FramingReport[]][] {
  const groups = new Map<string, FramingReport[]>();
  for (const r of reports) groups.set(r.outletId, [...(groups.get(r.outletId) ?? []), r]);
  return [...groups];
}
