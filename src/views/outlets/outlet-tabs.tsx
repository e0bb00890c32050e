import { type KeyboardEvent, useRef } from 'react';
import type { ComparisonTab } from '../../state/view-settings.ts';

/** The panels of the outlet comparison, with their names (the ids, in this order, are the state's COMPARISON_TABS). */
export const OUTLET_TABS: readonly { id: ComparisonTab; label: string }[] = [
  { id: 'coverage', label: 'Coverage' },
  { id: 'profiles', label: 'Profiles' },
  { id: 'differences', label: 'Differences' },
  { id: 'framing', label: 'Framing' },
  { id: 'language', label: 'Language' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'reuse', label: 'Reuse' },
];

export type OutletTab = ComparisonTab;

type Props = { idBase: string; active: OutletTab; onChange: (tab: OutletTab) => void };

/** Tabs per the ARIA pattern: one tab stop, arrow keys and Home/End move and activate. */
export function OutletTabs({ idBase, active, onChange }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = OUTLET_TABS.findIndex((t) => t.id === active);
    const n = OUTLET_TABS.length;
    const next = { ArrowRight: (at + 1) % n, ArrowLeft: (at - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onChange(OUTLET_TABS[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Comparison views" onKeyDown={onKeyDown} className="flex flex-wrap gap-1">
      {OUTLET_TABS.map((t) => {
        const selected = t.id === active;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${idBase}-tab-${t.id}`}
            aria-selected={selected}
            aria-controls={selected ? `${idBase}-panel` : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(t.id)}
            className={`rounded-t border-b-2 px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-blue-600 ${selected ? 'border-blue-600 text-blue-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
