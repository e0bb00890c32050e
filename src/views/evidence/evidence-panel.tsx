import { useMemo, useState } from 'react';
import { useBundleIndex, useEventMask } from '../../app/dashboard-hooks.ts';
import { selectEvidence } from '../../selectors/evidence.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { ArticleReader } from './article-reader.tsx';
import { EvidenceCard } from './evidence-card.tsx';

/** The sentences behind whatever is selected, outlet by outlet; Escape or Close clears the selection. */
export function EvidencePanel() {
  const index = useBundleIndex();
  const selection = useFiltersStore((s) => s.selection);
  const mask = useEventMask();
  const collapsePeople = useFiltersStore((s) => s.collapsePeople);
  const evidence = useMemo(() => selectEvidence(index, selection, mask, collapsePeople), [index, selection, mask, collapsePeople]);
  const [reading, setReading] = useState<{ articleId: string; start: number; end: number } | null>(null);
  const close = () => useFiltersStore.getState().select(null);
  return (
    <aside aria-label="Evidence" className="sticky top-2 flex max-h-[calc(100vh-1rem)] flex-col self-start rounded border border-slate-200 bg-white">
      <div className="flex items-start justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold">{evidence ? evidence.title : 'Evidence'}</h2>
        <button type="button" onClick={close} aria-label="Close evidence" className="rounded px-1 text-slate-500 hover:bg-slate-100">
          ✕
        </button>
      </div>
      <div className="overflow-y-auto p-3">
        {!evidence && <p className="text-sm text-slate-600">The selected item is not in this bundle.</p>}
        {evidence && evidence.items.length === 0 && <p className="text-sm text-slate-600">No events match the current filters for this selection.</p>}
        {evidence && (
          <ol className="space-y-3">
            {evidence.items.map((item) => (
              <li key={item.eventId}>
                <EvidenceCard
                  item={item}
                  outletIds={index.outletIds}
                  onOpenArticle={() => setReading({ articleId: item.articleId, start: item.offset, end: item.offset + item.sentence.length })}
                  onOpenPassage={(articleId, start, end) => setReading({ articleId, start, end })}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
      {reading && <ArticleReader articleId={reading.articleId} start={reading.start} end={reading.end} onClose={() => setReading(null)} />}
    </aside>
  );
}
