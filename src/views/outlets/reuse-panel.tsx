import { useMemo } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { type DiffRun, passageDiff, type PassageSide, selectReuse } from '../../selectors/reuse.ts';
import { capList } from './bar-layout.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { formatShortDate } from '../../components/format.ts';

type Props = { index: BundleIndex; mask: EventMask; outletIds: string[] | null; colourOf: (outletId: string) => string };

/**
 * The Reuse tab: passages that appear nearly word for word in two compared outlets, side by side with
 * the words that differ marked, the similarity, and which was published first.
 */
export function ReusePanel({ index, mask, outletIds, colourOf }: Props) {
  const passages = useMemo(() => selectReuse(index, mask, outletIds), [index, mask, outletIds]);
  const { method, threshold } = index.bundle.analysis.reuse;
  const { shown, rest } = capList(passages, 30);
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        Passages shared between {outletIds ? 'the chosen outlets' : 'any two outlets'}, in articles in view.{method && ` Method: ${method.replace(/\.$/, '')}; similarity threshold ${Math.round(threshold * 100)}%.`} Words that differ are
        struck through on one side and underlined on the other.
      </p>
      {index.bundle.reuse.length === 0 ? (
        <p className="text-sm text-slate-600">This bundle records no reused passages.</p>
      ) : passages.length === 0 ? (
        <p className="text-sm text-slate-600">No reused passage between the outlets in view under these filters.</p>
      ) : (
        <ol className="space-y-2">
          {shown.map((p) => {
            const diff = passageDiff(index, p);
            return (
              <li key={p.id} className="rounded border border-slate-200 p-2 text-xs">
                <p className="mb-1 text-slate-700">
                  This passage also appears in <strong>{p.second.outlet}</strong> · similarity {Math.round(p.similarity * 100)}% ·{' '}
                  {p.order === 'known' ? `${p.first.outlet} was first` : 'which came first is unknown'}
                </p>
                <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                  <Side side={p.first} runs={diff.a} colour={colourOf(p.first.outletId)} changed="removed" />
                  <Side side={p.second} runs={diff.b} colour={colourOf(p.second.outletId)} changed="added" />
                </div>
              </li>
            );
          })}
          {rest > 0 && <li className="text-xs text-slate-500">and {rest} more; narrow the filters to see them.</li>}
        </ol>
      )}
    </div>
  );
}

function Side({ side, runs, colour, changed }: { side: PassageSide; runs: DiffRun[]; colour: string; changed: 'removed' | 'added' }) {
  return (
    <figure className="min-w-0 rounded bg-slate-50 p-1.5">
      <figcaption className="mb-0.5 flex flex-wrap items-center gap-2 text-[11px] text-slate-600">
        <OutletChip label={side.outlet} colour={colour} />
        <span>published {side.published ? formatShortDate(side.published) : 'date unknown'}</span>
        {side.first && <span className="font-semibold">first</span>}
      </figcaption>
      <blockquote className="text-sm leading-relaxed">
        {runs.map((r, i) =>
          r.same ? (
            <span key={i}>{r.text}</span>
          ) : changed === 'removed' ? (
            <del key={i} title="only in this passage" className="bg-rose-100 text-rose-900">
              {r.text}
            </del>
          ) : (
            <ins key={i} title="only in this passage" className="bg-emerald-100 text-emerald-900">
              {r.text}
            </ins>
          ),
        )}
      </blockquote>
    </figure>
  );
}
