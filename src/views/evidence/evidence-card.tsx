import { formatLongDate, formatShortDate } from '../../components/format.ts';
import { HighlightedSentence } from '../../components/highlighted-sentence.tsx';
import { outletColour } from '../../components/palette.ts';
import type { EvidenceItem } from '../../selectors/evidence.ts';
import { formatTone } from '../../selectors/language.ts';
import { NoSentenceNote } from '../../components/no-sentence-note.tsx';

type Props = {
  item: EvidenceItem;
  outletIds: readonly string[];
  onOpenArticle: () => void;
  /** Opens another article at a passage (the other side of a reused passage). */
  onOpenPassage: (articleId: string, start: number, end: number) => void;
};

/** One outlet's sentence with the trigger, actors, date and loaded terms highlighted, and how Parley read it. */
export function EvidenceCard({ item, outletIds, onOpenArticle, onOpenPassage }: Props) {
  return (
    <article
      className="rounded border border-slate-200 p-2 text-sm"
      aria-label={`${item.outlet}${item.fiction ? ' (fiction)' : ''}: ${item.type}, ${item.modality}`}
    >
      <header className="mb-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1 font-semibold text-slate-800">
          <span
            aria-hidden="true"
            className="inline-block h-2 w-2 rounded-full"
            style={{ background: outletColour(outletIds, item.outletId) }}
          />
          {item.outlet}
        </span>
        {item.fiction && (
          <span className="rounded bg-amber-100 px-1 font-semibold text-amber-900 ring-1 ring-amber-300">
            Fiction (demo corpus)
          </span>
        )}
        {item.published && <span>published {formatShortDate(item.published)}</span>}
        {item.title && <span className="italic">{item.title}</span>}
      </header>
      {item.noSentence ? (
        <NoSentenceNote value={item.noSentence} />
      ) : (
        <HighlightedSentence sentence={item.sentence} highlights={item.highlights} />
      )}
      {item.reuse.map((r) => (
        <p
          key={r.reuseId}
          className="mt-1 flex flex-wrap items-center gap-x-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700"
        >
          <span>
            This passage also appears in {r.otherOutlet} (similarity {Math.round(r.similarity * 100)}%)
            {r.thisWasFirst === true
              ? '; this one was first'
              : r.thisWasFirst === false
                ? `; ${r.otherOutlet} was first`
                : ''}
            .
          </span>
          <button
            type="button"
            onClick={() => onOpenPassage(r.otherArticleId, r.start, r.end)}
            className="text-blue-700 underline hover:text-blue-900"
          >
            Open the {r.otherOutlet} passage
          </button>
        </p>
      ))}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700">
        <dt className="text-slate-500">Event</dt>
        <dd>
          {item.type} · {item.actors.join(', ')}
        </dd>
        <dt className="text-slate-500">Modality</dt>
        <dd>{item.modality}</dd>
        <dt className="text-slate-500">Date</dt>
        <dd>{describeDate(item)}</dd>
        {item.tone && (
          <>
            <dt className="text-slate-500">Tone</dt>
            <dd>{describeTone(item, item.tone)}</dd>
          </>
        )}
        {item.loadedTerms.length > 0 && (
          <>
            <dt className="text-slate-500">Loaded terms</dt>
            <dd>{item.loadedTerms.map((t) => `${t.text} (${t.category})`).join(', ')}</dd>
          </>
        )}
        <dt className="text-slate-500">Confidence</dt>
        <dd>{item.noSentence ? 'not given by the coder' : `${Math.round(item.confidence * 100)}%`}</dd>
      </dl>
      <div className="mt-1 flex gap-3 text-xs">
        {/* An imported article has no text to open: its link is the note's and "Source page". */}
        {!item.noSentence && (
          <button type="button" onClick={onOpenArticle} className="text-blue-700 underline hover:text-blue-900">
            Open the article
          </button>
        )}
        {item.url && (
          <a
            href={item.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-blue-700 underline hover:text-blue-900"
          >
            Source page
          </a>
        )}
      </div>
    </article>
  );
}

/** The sentence's scored words, or, for an imported event, the coder's tone figure for what it is. */
function describeTone(item: EvidenceItem, tone: NonNullable<EvidenceItem['tone']>): string {
  if (item.noSentence) return `${tone.score} (the coder's average tone of every document mentioning the event)`;
  return tone.words.length
    ? `score ${tone.score} (${formatTone(tone.comparative)} per word): ${tone.words.join(', ')}`
    : 'no scored words (0)';
}

/** "'on Monday', past tense, published …: 2025-07-07 → Mon 7 Jul 2025 (day)". */
function describeDate(item: EvidenceItem): string {
  if (!item.date) return `unknown (${item.dateBasis})`;
  const when = formatLongDate(item.date);
  if (item.datePrecision === 'unknown') return `not stated; shown on the publication day ${when} (${item.dateBasis})`;
  if (item.datePrecision === 'day') return `${item.dateBasis} → ${when}`;
  return `${item.dateBasis} → a ${item.datePrecision} from ${when}`;
}
