import type { Bundle } from '../model/bundle-schema.ts';

const COUNT = new Intl.NumberFormat('en');
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** One line that says what is in the corpus: "5 articles · 5 outlets · 57 events · Feb 2025–Jul 2025". */
export function summariseCorpus(bundle: Bundle): { text: string; from: string | null; to: string | null; articles: number; fictionArticles: number } {
  const dates = bundle.events.filter((e) => e.datePrecision !== 'unknown' && e.date).map((e) => e.date!).sort();
  const from = dates[0] ?? null;
  const to = dates.at(-1) ?? null;
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
