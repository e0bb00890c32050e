import { DATE_PRECISIONS } from '../model/bundle-schema.ts';
import { NO_DAY } from '../model/columns/column-layout.ts';
import type { LoadedBundle } from '../model/columns/loaded-bundle.ts';
import { columnDate } from '../model/columns/event-columns.ts';

const COUNT = new Intl.NumberFormat('en');
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** One line that says what is in the corpus: "5 articles · 5 outlets · 57 events · Feb 2025–Jul 2025". */
export function summariseCorpus(bundle: LoadedBundle): {
  text: string;
  from: string | null;
  to: string | null;
  articles: number;
  fictionArticles: number;
} {
  const [from, to] = datedSpan(bundle);
  const span = from && to ? ` · ${MONTH.format(new Date(from))}–${MONTH.format(new Date(to))}` : '';
  const plural = (n: number, word: string) => `${COUNT.format(n)} ${word}${n === 1 ? '' : 's'}`;
  return {
    text: `${plural(bundle.articles.length, 'article')} · ${plural(bundle.outlets.length, 'outlet')} · ${plural(bundle.events.length, 'event')}${span}`,
    from,
    to,
    articles: bundle.articles.length,
    fictionArticles: bundle.articles.filter((a) => a.fiction).length,
  };
}

/** The first and last date of the events whose date is known (read from the day column, no event objects). */
function datedSpan(bundle: LoadedBundle): [string | null, string | null] {
  const { day, datePrecision } = bundle.columns.events;
  const unknown = DATE_PRECISIONS.indexOf('unknown');
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < day.length; i++) {
    if (datePrecision[i] === unknown || day[i] === NO_DAY) continue;
    min = Math.min(min, day[i]!);
    max = Math.max(max, day[i]!);
  }
  return min <= max ? [columnDate(min), columnDate(max)] : [null, null];
}
