import { useMemo, useState } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { selectQuotesByOutlet, selectSpeakerQuotes } from '../../selectors/quotes.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { useArticleTexts } from '../../data/article-texts.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { SentenceList } from './sentence-list.tsx';

type Props = { index: BundleIndex; mask: EventMask; outletIds: string[]; colourOf: (outletId: string) => string };

const SPEAKERS = 8;

/**
 * The Quotes tab: whom each compared outlet quotes, how often, and about which events. A count opens
 * the quotations in their sentences below; an event opens its reports in the evidence panel.
 */
export function QuotesPanel({ index, mask, outletIds, colourOf }: Props) {
  const [open, setOpen] = useState<{ outletId: string; key: string; label: string } | null>(null);
  const perOutlet = useMemo(() => selectQuotesByOutlet(index, mask, outletIds), [index, mask, outletIds]);
  const alone = useMemo(
    () => (open ? selectSpeakerQuotes(index, mask, open.outletId, open.key) : []),
    [index, mask, open],
  );
  // The sentences around the quotations come from their articles' texts, loaded with their shards.
  const texts = useArticleTexts(
    index.bundle,
    useMemo(() => [...new Set(alone.map((q) => q.articleId))], [alone]),
  );
  const quotes = useMemo(
    () => (open && texts ? selectSpeakerQuotes(index, mask, open.outletId, open.key, (id) => texts.get(id)) : alone),
    [index, mask, open, texts, alone],
  );
  const select = (clusterId: string) => useFiltersStore.getState().select({ kind: 'cluster', clusterId });
  if (index.bundle.quotes.length === 0)
    return <p className="text-sm text-slate-600">This bundle has no attributed quotations.</p>;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        Quotations in the articles in view (articles with at least one event passing the filters). Events are those the
        quotation speaks about; a quotation tied to no event lists none. Click a count to read the quotations.
      </p>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-2">
        {perOutlet.map((o) => (
          <section
            key={o.outletId}
            aria-label={`Quoted by ${o.outlet}`}
            className="rounded border border-slate-200 p-2 text-xs"
          >
            <h3 className="mb-1 flex items-center justify-between gap-2">
              <OutletChip label={o.outlet} colour={colourOf(o.outletId)} />
              <span className="text-slate-500">
                {o.quotes} quotation{o.quotes === 1 ? '' : 's'}
              </span>
            </h3>
            {o.speakers.length === 0 ? (
              <p className="text-slate-500">No quotations in its articles in view.</p>
            ) : (
              <ul className="space-y-1">
                {o.speakers.slice(0, SPEAKERS).map((s) => (
                  <li key={s.key}>
                    <div className="flex items-center justify-between gap-2">
                      <span className={s.named ? 'font-medium' : 'italic text-slate-700'}>{s.label}</span>
                      <button
                        type="button"
                        aria-pressed={open?.outletId === o.outletId && open.key === s.key}
                        aria-label={`${o.outlet} quotes ${s.label} ${s.count} times: show quotations`}
                        onClick={() => setOpen({ outletId: o.outletId, key: s.key, label: s.label })}
                        className="rounded px-1 tabular-nums text-blue-800 underline hover:bg-blue-50 aria-pressed:bg-blue-100"
                      >
                        {s.count}
                      </button>
                    </div>
                    {s.clusters.length > 0 && (
                      <ul aria-label={`Events ${s.label} speaks about`} className="ml-2 flex flex-wrap gap-1">
                        {s.clusters.slice(0, 4).map((c) => (
                          <li key={c.clusterId}>
                            <button
                              type="button"
                              onClick={() => select(c.clusterId)}
                              className="rounded bg-slate-100 px-1 text-[11px] text-slate-700 hover:bg-slate-200"
                              title={c.label}
                            >
                              {c.label.slice(0, 40)}
                            </button>
                          </li>
                        ))}
                        {s.clusters.length > 4 && (
                          <li className="text-[11px] text-slate-500">+{s.clusters.length - 4}</li>
                        )}
                      </ul>
                    )}
                  </li>
                ))}
                {o.speakers.length > SPEAKERS && (
                  <li className="text-slate-500">and {o.speakers.length - SPEAKERS} more speakers</li>
                )}
              </ul>
            )}
          </section>
        ))}
      </div>
      {open && (
        <SentenceList
          title={`${open.label} quoted by ${index.outletName.get(open.outletId) ?? open.outletId}`}
          sentences={quotes}
          colourOf={colourOf}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
