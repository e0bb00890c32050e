// One formatter for the whole app: toLocaleString builds a new one on every call, which costs
// milliseconds when hundreds of marks are labelled on each filter change.
const COUNT = new Intl.NumberFormat('en');

/** "12,345". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

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
