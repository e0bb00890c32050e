import { type Highlight, segmentSentence } from '../selectors/evidence.ts';

/** Each highlight kind by background and underline style, so that none relies on colour alone. */
export const HIGHLIGHT_STYLE: Record<Highlight['kind'], { className: string; label: string }> = {
  trigger: { className: 'bg-amber-200 font-medium', label: 'event word' },
  actor: { className: 'bg-sky-100 underline decoration-sky-500', label: 'actor' },
  date: { className: 'bg-emerald-100', label: 'date' },
  loaded: { className: 'bg-rose-100 underline decoration-rose-600 decoration-wavy', label: 'loaded term' },
  quote: { className: 'bg-violet-100 italic', label: 'quoted words' },
  scored: { className: 'bg-orange-100 underline decoration-dotted decoration-orange-700', label: 'scored word' },
};

/** A sentence with its highlights as <mark>s, rendered as text (never as HTML). */
export function HighlightedSentence({ sentence, highlights, className = '' }: { sentence: string; highlights: Highlight[]; className?: string }) {
  return (
    <p className={`leading-relaxed ${className}`}>
      {segmentSentence(sentence, highlights).map((s, i) =>
        s.kind ? (
          <mark key={i} className={`rounded px-0.5 text-inherit ${HIGHLIGHT_STYLE[s.kind].className}`} title={HIGHLIGHT_STYLE[s.kind].label}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
