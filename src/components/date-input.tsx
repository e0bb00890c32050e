import { type KeyboardEvent, useState } from 'react';
import { committedDay } from './date-input-value.ts';

type Props = {
  /** Accessible name (also used when the input sits inside a visible <label>). */
  label: string;
  /** The committed day (YYYY-MM-DD) or null. */
  value: string | null;
  min?: string | undefined;
  max?: string | undefined;
  id?: string | undefined;
  /** Called with a complete, valid day (or null when cleared), on blur or Enter, and only when it changed. */
  onCommit: (day: string | null) => void;
};

/**
 * A date field that commits only a finished date: typing edits a draft, blur or Enter commits it. Every
 * commit is a filter change and a history entry, so half-typed dates (year 0002) must never reach the store.
 */
export function DateInput({ label, value, min, max, id, onCommit }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  // The committed value moved from elsewhere (brush, link, Reset): the draft follows it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const commit = (input: HTMLInputElement) => {
    const day = committedDay(input.value, input.validity.badInput);
    if (day !== undefined && day !== value) onCommit(day);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit(e.currentTarget);
  };
  return (
    <input
      type="date"
      id={id}
      aria-label={label}
      value={draft}
      min={min}
      max={max}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={onKeyDown}
      className="rounded border border-slate-300 px-1 py-0.5 text-sm"
    />
  );
}
