import { sanitiseDay } from './filters.ts';

/** The comparison tabs, in the order they are shown; the first is where a page opens. */
export const COMPARISON_TABS = [
  'coverage',
  'profiles',
  'differences',
  'framing',
  'language',
  'quotes',
  'reuse',
] as const;

/** A tab of the outlet comparison. */
export type ComparisonTab = (typeof COMPARISON_TABS)[number];

/** The tab a page opens on, and the one a link without `tab=` means. */
export const DEFAULT_COMPARISON_TAB: ComparisonTab = 'coverage';

/** A known tab id, or the default for anything else (an old, misspelt or hostile link). */
export function sanitiseComparisonTab(raw: string | null): ComparisonTab {
  return (COMPARISON_TABS as readonly string[]).includes(raw ?? '') ? (raw as ComparisonTab) : DEFAULT_COMPARISON_TAB;
}

/**
 * The timeline's visible days (first and last whole day in view, YYYY-MM-DD): where the detail is zoomed and
 * panned to, which is not the date filter (that one filters every view; this only says where the timeline looks).
 */
export type TimelineWindow = { from: string; to: string };

/** The URL form of a window: "2025-07-04..2025-07-11". */
export function timelineWindowToParam(w: TimelineWindow): string {
  return `${w.from}..${w.to}`;
}

/** A window from its URL form; null when malformed, impossible or backwards (the timeline then opens as it would). */
export function timelineWindowFromParam(param: string | null): TimelineWindow | null {
  const parts = (param ?? '').split('..');
  if (parts.length !== 2) return null;
  const from = sanitiseDay(parts[0]);
  const to = sanitiseDay(parts[1]);
  return from && to && from <= to ? { from, to } : null;
}

/** Whether two windows (either possibly absent) are the same days. */
export function sameTimelineWindow(a: TimelineWindow | null, b: TimelineWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}
