import { useEffect, useId, useMemo, useRef, useState } from 'react';

export type MultiSelectOption = { id: string; label: string; count: number; group?: string };

type Props = {
  label: string;
  options: MultiSelectOption[];
  selected: string[];
  onToggle: (id: string) => void;
  /** How many options to list before asking the user to search (thousands of actors stay usable). */
  limit?: number;
  placeholder?: string;
  /** What the options' counts count ("reports", "real-world events"): said to screen readers and in each count's tooltip. */
  countUnit?: string;
};

/**
 * A searchable multi-select: a combobox input filters the options (with their faceted counts); arrow
 * keys move, Enter toggles; Escape, Tab out or a click elsewhere closes, leaving focus where it went
 * (Escape keeps it on the input that opened the list). Chosen options stay listed first.
 */
export function MultiSelect({ label, options, selected, onToggle, limit = 50, placeholder, countUnit }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const visible = useMemo(() => {
    const q = text.trim().toLowerCase();
    const matching = options.filter((o) => !q || o.label.toLowerCase().includes(q) || o.id.toLowerCase().includes(q));
    const chosen = matching.filter((o) => selected.includes(o.id));
    const rest = matching.filter((o) => !selected.includes(o.id));
    return [...chosen, ...rest].slice(0, limit);
  }, [options, selected, text, limit]);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    // Capture phase: the timeline's and the network's d3 zoom stop the pointer events they handle from
    // bubbling, so a bubbling listener never heard a click on a chart and the list stayed open over it.
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [open]);
  // The list is not a tab stop (focus stays on the input, aria-activedescendant names the option), so
  // the option the arrow keys reach is scrolled into view for them.
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);
  // Tab (or any focus move) out of the control closes the list, so lists do not pile up over the views.
  const onBlur = (e: React.FocusEvent) => {
    if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, visible.length - 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      e.preventDefault();
    } else if (e.key === 'Enter' && open && visible[active]) {
      onToggle(visible[active].id);
      e.preventDefault();
    }
  };
  // On the whole control, not only the input: wherever focus is inside it, Escape closes the list and
  // puts focus back on the input that opened it (and goes no further: the evidence panel stays open).
  const onEscape = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    input.current?.focus();
    e.stopPropagation();
  };
  const hidden = options.length - visible.length;
  return (
    <div ref={root} className="relative" onBlur={onBlur} onKeyDown={onEscape}>
      <input
        ref={input}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && visible[active] ? `${listId}-${active}` : undefined}
        value={text}
        placeholder={placeholder ?? (selected.length ? `${label}: ${selected.length} chosen` : label)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        className="w-44 rounded border border-slate-300 px-2 py-1 text-sm focus:outline-2 focus:outline-blue-600"
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          aria-multiselectable="true"
          tabIndex={-1}
          onMouseDown={(e) => e.preventDefault()}
          className="absolute z-20 mt-1 max-h-80 w-72 overflow-auto rounded border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {visible.map((o, i) => {
            const isSelected = selected.includes(o.id);
            const groupStart = o.group && (i === 0 || visible[i - 1]!.group !== o.group);
            return (
              <li key={o.id} role="presentation">
                {groupStart && (
                  <div className="px-2 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                    {o.group}
                  </div>
                )}
                <div
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={isSelected}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onToggle(o.id)}
                  className={`flex cursor-pointer items-center justify-between gap-2 px-2 py-0.5 ${i === active ? 'bg-blue-50' : ''} ${o.count === 0 && !isSelected ? 'text-slate-400' : ''}`}
                >
                  <span>
                    <span aria-hidden="true" className="mr-1 inline-block w-3">
                      {isSelected ? '✓' : ''}
                    </span>
                    {o.label}
                  </span>
                  <span className="tabular-nums text-slate-500" title={countUnit && `${o.count} ${countUnit}`}>
                    {o.count}
                    {countUnit && <span className="sr-only"> {countUnit}</span>}
                  </span>
                </div>
              </li>
            );
          })}
          {visible.length === 0 && <li className="px-2 py-1 text-slate-500">No match</li>}
          {hidden > 0 && <li className="px-2 py-1 text-xs text-slate-500">{hidden} more: type to search</li>}
        </ul>
      )}
    </div>
  );
}
