import { HighlightedSentence } from '../../components/highlighted-sentence.tsx';
import type { CountedSentence } from '../../selectors/language.ts';
import { capList } from './bar-layout.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { formatShortDate } from '../../components/format.ts';
import { NoSentenceNote } from '../../components/no-sentence-note.tsx';

const LIMIT = 40;

type Props = {
  title: string;
  sentences: CountedSentence[];
  colourOf: (outletId: string) => string;
  onClose: () => void;
};

/** The sentences behind a clicked count, each with its outlet, date and highlighted words; first forty only. */
export function SentenceList({ title, sentences, colourOf, onClose }: Props) {
  const { shown, rest } = capList(sentences, LIMIT);
  return (
    <section aria-label={title} className="mt-2 rounded border border-blue-200 bg-blue-50/40 p-2">
      <div className="mb-1 flex items-start justify-between gap-2">
        <h4 className="text-xs font-semibold text-slate-800">{title}</h4>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-1 text-xs text-slate-600 underline hover:bg-slate-100"
        >
          Hide sentences
        </button>
      </div>
      {sentences.length === 0 ? (
        <p className="text-xs text-slate-600">No sentences under the current filters.</p>
      ) : (
        <ol className="max-h-72 space-y-1.5 overflow-auto">
          {shown.map((s) => (
            <li key={s.key} className="rounded bg-white p-1.5 text-sm">
              <div className="mb-0.5 flex flex-wrap items-center gap-2 text-[11px] text-slate-600">
                <OutletChip label={s.outlet} colour={colourOf(s.outletId)} />
                {s.published && <span>published {formatShortDate(s.published)}</span>}
                <span>{s.note}</span>
              </div>
              {s.noSentence ? (
                <NoSentenceNote value={s.noSentence} />
              ) : (
                <HighlightedSentence sentence={s.sentence} highlights={s.highlights} />
              )}
            </li>
          ))}
          {rest > 0 && <li className="text-xs text-slate-500">and {rest} more; narrow the filters to see them.</li>}
        </ol>
      )}
    </section>
  );
}
