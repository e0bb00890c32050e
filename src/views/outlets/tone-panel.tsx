import { useMemo, useState } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { formatTone, selectToneByOutlet, selectToneSentences } from '../../selectors/language.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { SentenceList } from './sentence-list.tsx';

type Props = { index: BundleIndex; mask: EventMask; outletIds: string[]; colourOf: (outletId: string) => string };

/** Mean comparative tone per outlet, with n, the method and its limits beside it; a click lists the scored sentences. */
export function TonePanel({ index, mask, outletIds, colourOf }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const tone = useMemo(() => selectToneByOutlet(index, mask, outletIds), [index, mask, outletIds]);
  const sentences = useMemo(() => (open ? selectToneSentences(index, mask, open) : []), [index, mask, open]);
  const { method, limits } = index.bundle.analysis.tone;
  const max = Math.max(0.001, ...tone.map((t) => Math.abs(t.meanComparative)));
  return (
    <section aria-label="Tone per outlet">
      <h3 className="text-xs font-semibold text-slate-700">Tone of the event sentences</h3>
      {method === '' ? (
        <p className="text-sm text-slate-600">This bundle has no tone scores; re-run the extraction to compute them.</p>
      ) : (
        <>
          <p className="text-xs text-slate-600">Mean comparative tone (score per word) of each outlet’s event sentences under the filters.</p>
          {/* Long, and read once: folded so the figures stay in view, but one click away beside them. */}
          <details className="mb-1 text-xs text-slate-600">
            <summary className="cursor-pointer text-blue-700">Method and limits</summary>
            <p className="mt-1">Method: {method}</p>
            <p className="mt-1">Limits: {limits}</p>
          </details>
          <ul className="space-y-0.5">
            {tone.map((t) => (
              <li key={t.outletId} className="grid grid-cols-[9rem_5rem_1fr_auto] items-center gap-2 text-xs">
                <OutletChip label={t.outlet} colour={colourOf(t.outletId)} />
                <span className="tabular-nums">{formatTone(t.meanComparative)}</span>
                <ToneBar value={t.meanComparative} max={max} />
                <button
                  type="button"
                  disabled={t.n === 0}
                  aria-pressed={open === t.outletId}
                  aria-label={`${t.outlet}: tone ${formatTone(t.meanComparative)} over ${t.n} sentences: show sentences with their scores`}
                  onClick={() => setOpen(t.outletId)}
                  className="rounded px-1 text-blue-800 underline enabled:hover:bg-blue-50 disabled:text-slate-400 disabled:no-underline aria-pressed:bg-blue-100"
                >
                  n = {t.n} ({t.scored} scored)
                </button>
              </li>
            ))}
          </ul>
          {open && (
            <SentenceList title={`Tone of ${index.outletName.get(open) ?? open}’s sentences, most negative first`} sentences={sentences} colourOf={colourOf} onClose={() => setOpen(null)} />
          )}
        </>
      )}
    </section>
  );
}

/** A bar from the middle: left (warm) for negative, right (cool) for positive. */
function ToneBar({ value, max }: { value: number; max: number }) {
  const share = Math.min(1, Math.abs(value) / max) * 50;
  return (
    <span aria-hidden="true" className="relative block h-2 rounded bg-slate-100">
      <span className="absolute top-0 h-2 w-px bg-slate-400" style={{ left: '50%' }} />
      <span className={`absolute top-0 h-2 rounded ${value < 0 ? 'bg-orange-500' : 'bg-sky-500'}`} style={value < 0 ? { right: '50%', width: `${share}%` } : { left: '50%', width: `${share}%` }} />
    </span>
  );
}
