import { describeFiction } from '../selectors/fiction.ts';

/** A visible warning when some of what a view shows comes from the team's fictional articles. */
export function FictionNote({ fictionEvents, events }: { fictionEvents: number; events: number }) {
  const text = describeFiction(fictionEvents, events);
  if (!text) return null;
  return <p className="mt-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900 ring-1 ring-amber-200">{text}</p>;
}
