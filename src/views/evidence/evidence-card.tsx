import { outletColour } from '../../components/palette.ts';
import { type EvidenceItem, segmentSentence } from '../../selectors/evidence.ts';

const HIGHLIGHT: Record<string, string> = {
  trigger: 'bg-amber-200 font-medium',
  actor: 'bg-sky-100 underline decoration-sky-500',
  date: 'bg-emerald-100',
};

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 7 Jul 2025", the way the user journeys write resolved dates. */
export function formatLongDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** One outlet's sentence with the trigger, actors and date highlighted, and how Parley read it. */
export function EvidenceCard({ item, outletIds, onOpenArticle }: { item: EvidenceItem; outletIds: string[]; onOpenArticle: () => void }) {
  const segments = segmentSentence(item.sentence, item.highlights);
  return (
    <article className="rounded border border-slate-200 p-2 text-sm" aria-label={`${item.outlet}: ${item.type}, ${item.modality}`}>
      <header className="mb-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1 font-semibold text-slate-800">
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full" style={{ background: outletColour(outletIds, item.outletId) }} />
          {item.outlet}
        </span>
        {item.published && <span>published {item.published}</span>}
        {item.title && <span className="italic">{item.title}</span>}
      </header>
      <p className="leading-relaxed">
        {segments.map((s, i) =>
          s.kind ? (
            <mark key={i} className={`rounded px-0.5 text-inherit ${HIGHLIGHT[s.kind]}`} title={s.kind}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700">
        <dt className="text-slate-500">Event</dt>
        <dd>
          {item.type} · {item.actors.join(', ')}
        </dd>
        <dt className="text-slate-500">Modality</dt>
        <dd>{item.modality}</dd>
        <dt className="text-slate-500">Date</dt>
        <dd>{describeDate(item)}</dd>
        <dt className="text-slate-500">Confidence</dt>
        <dd>{Math.round(item.confidence * 100)}%</dd>
      </dl>
      <div className="mt-1 flex gap-3 text-xs">
        <button type="button" onClick={onOpenArticle} className="text-blue-700 underline hover:text-blue-900">
          Open the article
        </button>
        {item.url && (
          <a href={item.url} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline hover:text-blue-900">
            Source page
          </a>
        )}
      </div>
    </article>
  );
}

/** "'on Monday', past tense, published …: 2025-07-07 → Mon 7 Jul 2025 (day)". */
function describeDate(item: EvidenceItem): string {
  if (!item.date) return `unknown (${item.dateBasis})`;
  const when = formatLongDate(item.date);
  if (item.datePrecision === 'unknown') return `not stated; shown on the publication day ${when} (${item.dateBasis})`;
  if (item.datePrecision === 'day') return `${item.dateBasis} → ${when}`;
  return `${item.dateBasis} → a ${item.datePrecision} from ${when}`;
}
