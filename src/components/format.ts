// One formatter for the whole app: toLocaleString builds a new one on every call, which costs
// milliseconds when hundreds of marks are labelled on each filter change.
const COUNT = new Intl.NumberFormat('en');

/** "12,345". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

export { formatEventDate, formatLongDate, formatShortDate } from '../model/day-format.ts';
