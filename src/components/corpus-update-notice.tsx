import { useCorpusUpdateStore } from '../state/corpus-update-store.ts';
import { corpusUpdateLines } from './corpus-update-text.ts';

/** Lines shown before "and N more": a folder of pages copied in should not push the dashboard off screen. */
const SHOWN_DETAILS = 6;

/** Watch mode's notice: what the last rebuild of this page's bundle added, changed or removed, and its problems. */
export function CorpusUpdateNotice() {
  const update = useCorpusUpdateStore((s) => s.update);
  const dismiss = useCorpusUpdateStore((s) => s.dismiss);
  if (!update) return <div role="status" aria-live="polite" className="sr-only" />;
  const { headline, details } = corpusUpdateLines(update);
  const tone =
    update.error || update.problems.length > 0 ? 'border-amber-300 bg-amber-50' : 'border-emerald-300 bg-emerald-50';
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="Corpus update"
      className={`mx-3 mt-2 rounded border px-3 py-2 text-sm text-slate-900 ${tone}`}
    >
      <div className="flex items-start justify-between gap-3">
        <p className="font-medium">{headline}</p>
        <button type="button" className="rounded border border-slate-300 bg-white px-2 text-xs" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      {details.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {details.slice(0, SHOWN_DETAILS).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {details.length > SHOWN_DETAILS && <li>and {details.length - SHOWN_DETAILS} more</li>}
        </ul>
      )}
    </div>
  );
}
