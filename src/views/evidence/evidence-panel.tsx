import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBundleIndex, useEventMask } from '../../state/dashboard-hooks.ts';
import { selectEvidence } from '../../selectors/evidence.ts';
import {
  closeEvidence,
  EVIDENCE_ID,
  forgetOpener,
  lastInputWasKeyboard,
  rememberOpener,
} from '../../components/evidence-focus.ts';
import type { Selection } from '../../state/filters.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { ArticleReader } from './article-reader.tsx';
import { EvidenceCard } from './evidence-card.tsx';

/**
 * The sentences behind whatever is selected, outlet by outlet; Escape or Close clears the selection. Opened
 * from the keyboard, it takes focus (its heading), and closing gives focus back (see evidence-focus.ts).
 */
export function EvidencePanel() {
  const index = useBundleIndex();
  const selection = useFiltersStore((s) => s.selection);
  const mask = useEventMask();
  const collapsePeople = useFiltersStore((s) => s.collapsePeople);
  const evidence = useMemo(
    () => selectEvidence(index, selection, mask, collapsePeople),
    [index, selection, mask, collapsePeople],
  );
  const [reading, setReading] = useState<{ articleId: string; start: number; end: number } | null>(null);
  const heading = useFocusOnKeyboardOpen(selection);
  return (
    <aside
      id={EVIDENCE_ID}
      tabIndex={-1}
      aria-label="Evidence"
      className="sticky top-2 flex max-h-[calc(100vh-1rem)] flex-col self-start rounded border border-slate-200 bg-white"
    >
      <div className="flex items-start justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2
          ref={heading}
          tabIndex={-1}
          className="text-sm font-semibold focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          {evidence ? evidence.title : 'Evidence'}
        </h2>
        <button
          type="button"
          onClick={closeEvidence}
          aria-label="Close evidence"
          className="rounded px-1 text-slate-500 hover:bg-slate-100"
        >
          ✕
        </button>
      </div>
      <div className="overflow-y-auto p-3">
        {!evidence && <p className="text-sm text-slate-600">The selected item is not in this bundle.</p>}
        {evidence && evidence.items.length === 0 && (
          <p className="text-sm text-slate-600">No events match the current filters for this selection.</p>
        )}
        {evidence && (
          <ol className="space-y-3">
            {evidence.items.map((item) => (
              <li key={item.eventId}>
                <EvidenceCard
                  item={item}
                  outletIds={index.outletIds}
                  onOpenArticle={() =>
                    setReading({
                      articleId: item.articleId,
                      start: item.offset,
                      end: item.offset + item.sentence.length,
                    })
                  }
                  onOpenPassage={(articleId, start, end) => setReading({ articleId, start, end })}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
      {reading && (
        <ArticleReader
          articleId={reading.articleId}
          start={reading.start}
          end={reading.end}
          onClose={() => setReading(null)}
        />
      )}
    </aside>
  );
}

/** Moves focus to the heading when a key press opened (or changed) the selection from outside the panel. */
function useFocusOnKeyboardOpen(selection: Selection | null) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A layout effect: focus is still on the opener here, before the browser paints the panel.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (heading.current?.closest('aside')?.contains(active)) return;
    if (!selection || !lastInputWasKeyboard()) return forgetOpener();
    rememberOpener(active);
    heading.current?.focus();
  }, [selection]);
  return heading;
}
