import type { CSSProperties } from 'react';
import { modalitySegments, percent } from './bar-layout.ts';

type Props = { colour: string; occurred: number; planned: number; other: number };

/** Fill of each part: occurred solid, planned hollow, the rest hatched (style, not colour, carries the meaning). */
function partStyle(key: 'occurred' | 'planned' | 'other', colour: string): CSSProperties {
  if (key === 'occurred') return { background: colour, borderColor: colour };
  if (key === 'planned') return { background: 'white', borderColor: colour };
  return { background: `repeating-linear-gradient(45deg, ${colour} 0 1.5px, white 1.5px 4px)`, borderColor: colour };
}

/** Planned versus occurred as one bar, widths in percent of the card, with a keyed legend below. */
export function ModalityBar({ colour, occurred, planned, other }: Props) {
  const segments = modalitySegments({ occurred, planned, other }, 100);
  const total = occurred + planned + other;
  const words = { occurred: 'occurred', planned: 'planned', other: 'other' };
  const summary = `${occurred} occurred (${percent(occurred, total)}), ${planned} planned (${percent(planned, total)}), ${other} ongoing, hypothetical or denied`;
  return (
    <div>
      <h4 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">
        Occurred versus planned (reports)
      </h4>
      <div role="img" aria-label={summary} className="mt-0.5 flex h-3 w-full gap-px">
        {segments.map((s) =>
          s.length > 0 ? (
            <div
              key={s.key}
              className="h-full rounded-sm border-[1.5px]"
              style={{ width: `${s.length}%`, ...partStyle(s.key, colour) }}
            />
          ) : null,
        )}
      </div>
      <p aria-hidden="true" className="mt-1 flex flex-wrap gap-x-2 text-[11px] text-slate-600">
        {segments.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm border-[1.5px]" style={partStyle(s.key, colour)} />
            <span className="font-medium">{percent(s.count, total)}</span> {words[s.key]}
          </span>
        ))}
      </p>
    </div>
  );
}
