import { useMemo, useState } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { selectTermCounts, selectTermSentences } from '../../selectors/language.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { SentenceList } from './sentence-list.tsx';
import { TonePanel } from './tone-panel.tsx';

type Props = { index: BundleIndex; mask: EventMask; outletIds: string[]; colourOf: (outletId: string) => string };

const ROWS = 30;

/**
 * The Language tab: how often each compared outlet used each loaded term, and the mean tone of its
 * event sentences. A click on a count lists the sentences right below (one click from number to sentence).
 */
export function LanguagePanel({ index, mask, outletIds, colourOf }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<{ term: string; outletId: string } | null>(null);
  const counts = useMemo(() => selectTermCounts(index, mask, outletIds), [index, mask, outletIds]);
  const sentences = useMemo(() => (open ? selectTermSentences(index, mask, open.term, open.outletId) : []), [index, mask, open]);
  const name = (id: string) => index.outletName.get(id) ?? id;
  const q = query.trim().toLowerCase();
  const rows = counts.rows.filter((r) => !q || r.term.toLowerCase().includes(q) || r.category.toLowerCase().includes(q));
  const lexicon = index.bundle.analysis.loadedTerms;
  return (
    <div className="space-y-3">
      <section aria-label="Loaded terms">
        <h3 className="text-xs font-semibold text-slate-700">Loaded terms per outlet</h3>
        <p className="mb-1 text-xs text-slate-600">
          Counts over the whole text of the articles in view (articles with at least one event passing the filters), from lexicon version “{lexicon.version}” ({lexicon.entries} entries). A term is not wrong in itself: compare outlets, then read the sentences.
        </p>
        {index.bundle.loadedTerms.length === 0 ? (
          <p className="text-sm text-slate-600">This bundle has no loaded-term annotations; re-run the extraction with the lexicon to see them.</p>
        ) : counts.rows.length === 0 ? (
          <p className="text-sm text-slate-600">None of the lexicon’s terms occurs in the articles in view of these outlets.</p>
        ) : (
          <>
            <input type="search" aria-label="Find a term" placeholder="Find a term or category" value={query} onChange={(e) => setQuery(e.target.value)} className="mb-1 w-56 rounded border border-slate-300 px-2 py-0.5 text-xs" />
            <div className="overflow-x-auto">
              <table className="text-xs">
                <caption className="sr-only">Loaded-term counts: terms down, outlets across; a count opens its sentences</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left">
                    <th scope="col" className="px-1 py-0.5 font-medium">Term</th>
                    <th scope="col" className="px-1 py-0.5 font-medium">Category</th>
                    {outletIds.map((id, k) => (
                      <th key={id} scope="col" className="px-1 py-0.5 text-right font-medium">
                        <OutletChip label={name(id)} colour={colourOf(id)} />
                        <span className="block font-normal text-slate-500">{counts.articles[k]} art.</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, ROWS).map((r) => (
                    <tr key={r.term} className="border-b border-slate-100">
                      <th scope="row" className="px-1 py-0.5 text-left font-medium">{r.term}</th>
                      <td className="px-1 py-0.5 text-slate-600">{r.category}</td>
                      {r.counts.map((n, k) => (
                        <td key={outletIds[k]} className="px-1 py-0.5 text-right tabular-nums">
                          {n === 0 ? (
                            <span className="text-slate-400">0</span>
                          ) : (
                            <button
                              type="button"
                              aria-pressed={open?.term === r.term && open.outletId === outletIds[k]}
                              aria-label={`${n} uses of “${r.term}” by ${name(outletIds[k]!)}: show sentences`}
                              onClick={() => setOpen({ term: r.term, outletId: outletIds[k]! })}
                              className="rounded px-1 text-blue-800 underline hover:bg-blue-50 aria-pressed:bg-blue-100"
                            >
                              {n}
                            </button>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length > ROWS && <p className="text-xs text-slate-500">and {rows.length - ROWS} more terms; search to find them.</p>}
            {open && (
              <SentenceList title={`“${open.term}” in ${name(open.outletId)}`} sentences={sentences} colourOf={colourOf} onClose={() => setOpen(null)} />
            )}
          </>
        )}
      </section>
      <TonePanel index={index} mask={mask} outletIds={outletIds} colourOf={colourOf} />
    </div>
  );
}

