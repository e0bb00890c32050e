import type { DatePrecision } from './bundle-schema.ts';

// The app's one way of writing a date: "7 Jul 2025" (with the weekday, "Mon 7 Jul 2025", where a resolved
// weekday matters), never the ISO form, and never a day more precise than the text gave.
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Jul 2025" from "2025-07-07"; "no date" for null. */
export function formatShortDate(iso: string | null): string {
  if (!iso) return 'no date';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "Mon 7 Jul 2025", the way the user journeys write resolved dates. */
export function formatLongDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${DAY_NAMES[d.getUTCDay()]} ${formatShortDate(iso)}`;
}

/**
 * An event's date at the precision the text gave: "7 Jul 2025", "week of 7 Jul 2025", "Jul 2025", "2025";
 * `none` when there is no date or its precision is unknown.
 */
export function formatEventDate(iso: string | null, precision: DatePrecision, none = 'undated'): string {
  if (!iso || precision === 'unknown') return none;
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTH_NAMES[m - 1]} ${y}`;
  return precision === 'week' ? `week of ${formatShortDate(iso)}` : formatShortDate(iso);
}
