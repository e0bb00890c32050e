import { formatCount, formatShortDate } from '../../components/format.ts';
import { isoOfDay } from '../../selectors/bundle-index.ts';
import type { Trends } from '../../selectors/trends.ts';

/** "day" or "week". */
export function binName(binDays: number): string {
  return binDays === 1 ? 'day' : 'week';
}

/** The first and last day of the bins, "7 Jul 2025 – 20 Jul 2025" (one date when they are the same day). */
export function formatSpan(first: number, last: number): string {
  const [a, b] = [formatShortDate(isoOfDay(first)), formatShortDate(isoOfDay(last))];
  return a === b ? a : `${a} – ${b}`;
}

/**
 * The chart in words, its accessible name. Worded without "from"/"to": Playwright's getByLabel('From') matches
 * substrings of every label on the page.
 */
export function describeTrends(trends: Trends): string {
  const { bins, binDays } = trends;
  const bin = binName(binDays);
  const span = formatSpan(bins[0]?.day ?? 0, (bins.at(-1)?.day ?? 0) + binDays - 1);
  const busiest = bins.reduce((best, b) => (b.total > best.total ? b : best), bins[0] ?? { day: 0, total: 0 });
  return (
    `Events per ${bin} by quad class, ${span}: ${formatCount(trends.total)} with a stated date; ` +
    `busiest ${bin} starting ${formatShortDate(isoOfDay(busiest.day))}: ${formatCount(busiest.total)}. ` +
    'Dragging across it sets the date filter.'
  );
}

/** The line under the chart about events it cannot place; null when every matching event has a stated date. */
export function undatedNote(undated: number): string | null {
  if (undated === 0) return null;
  return undated === 1
    ? '1 matching event has no stated date and is not on this chart.'
    : `${formatCount(undated)} matching events have no stated date and are not on this chart.`;
}

/** The line under a zoomed chart about dated events beyond the days it shows; null when there are none. */
export function outsideNote(outside: number): string | null {
  if (outside === 0) return null;
  return outside === 1
    ? '1 matching event with a stated date lies beyond the days shown.'
    : `${formatCount(outside)} matching events with a stated date lie beyond the days shown.`;
}
