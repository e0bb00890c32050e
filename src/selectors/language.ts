import { articlesInView } from './article-lookups.ts';
import { type NoSentence, noSentenceOf, sentenceKey } from '../model/external-coders.ts';
import type { BundleIndex } from './bundle-index.ts';
import { type Highlight, nonOverlapping, scoredWords } from './evidence.ts';
import type { EventMask } from './filter-events.ts';

/** One loaded term (lexicon lemma) and how often each compared outlet used it. */
export type TermRow = { term: string; category: string; counts: number[]; total: number };

/** Loaded-term counts: columns are the compared outlets, rows the terms, busiest first. */
export type TermCounts = { outletIds: string[]; rows: TermRow[]; articles: number[] };

/**
 * Counts loaded terms per outlet in the articles in view (those with at least one event passing the
 * filters), over their whole text: a term's use says something about the outlet's language even in a
 * sentence that holds no event. One pass over the bundle's terms.
 */
export function selectTermCounts(index: BundleIndex, mask: EventMask, outletIds: string[]): TermCounts {
  const inView = articlesInView(index, mask.pass);
  const column = new Map(outletIds.map((id, k) => [id, k]));
  const articles = outletIds.map(() => 0);
  for (const id of inView) {
    const k = column.get(index.articles.get(id)?.outletId ?? '');
    if (k !== undefined) articles[k]!++;
  }
  const rows = new Map<string, TermRow>();
  for (const t of index.bundle.loadedTerms) {
    if (!inView.has(t.articleId)) continue;
    const k = column.get(index.articles.get(t.articleId)?.outletId ?? '');
    if (k === undefined) continue;
    let row = rows.get(t.term);
    if (!row)
      rows.set(t.term, (row = { term: t.term, category: t.category, counts: outletIds.map(() => 0), total: 0 }));
    row.counts[k]!++;
    row.total++;
  }
  const sorted = [...rows.values()].sort(
    (a, b) => b.total - a.total || a.category.localeCompare(b.category) || a.term.localeCompare(b.term),
  );
  return { outletIds, rows: sorted, articles };
}

/** A sentence behind a count, with the words to highlight. */
export type CountedSentence = {
  key: string;
  articleId: string;
  outletId: string;
  outlet: string;
  published: string | null;
  sentence: string;
  /** For an event imported from a coder (GDELT): the note shown instead of a sentence, with the article's link. */
  noSentence?: NoSentence | null;
  highlights: Highlight[];
  offset: number;
  note: string;
};

/** The sentences behind one count of the term table: where an outlet used a term in the articles in view. */
export function selectTermSentences(
  index: BundleIndex,
  mask: EventMask,
  term: string,
  outletId: string,
): CountedSentence[] {
  const inView = articlesInView(index, mask.pass);
  const out: CountedSentence[] = [];
  for (const t of index.bundle.loadedTerms) {
    if (t.term !== term || !inView.has(t.articleId)) continue;
    const article = index.articles.get(t.articleId);
    if (article?.outletId !== outletId) continue;
    const base = t.sentence.start;
    out.push({
      key: t.id,
      articleId: t.articleId,
      outletId,
      outlet: index.outletName.get(outletId) ?? outletId,
      published: article.published,
      sentence: t.sentence.text,
      highlights: nonOverlapping(
        [{ start: t.start - base, end: t.end - base, kind: 'loaded' }],
        t.sentence.text.length,
      ),
      offset: base,
      note: `${t.text} (${t.category})`,
    });
  }
  return out;
}

/** Mean comparative tone of one outlet's event sentences under the filters. */
export type OutletTone = {
  outletId: string;
  outlet: string;
  n: number;
  scored: number;
  meanComparative: number;
  meanScore: number;
};

/**
 * Per compared outlet: the mean comparative tone (score per word) over its passing event sentences,
 * with n. Sentences with no scored word count as 0: they are neutral, not missing. A sentence holding
 * two events counts once.
 */
export function selectToneByOutlet(index: BundleIndex, mask: EventMask, outletIds: string[]): OutletTone[] {
  const column = new Map(outletIds.map((id, k) => [id, k]));
  const sums = outletIds.map(() => ({ n: 0, scored: 0, comparative: 0, score: 0 }));
  const seen = new Set<string>();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const k = column.get(index.outletIds[index.outlet[i]!]!);
    if (k === undefined) continue;
    const e = index.events.at(i)!;
    const key = sentenceKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sums[k]!;
    s.n++;
    if (e.tone.terms.length) s.scored++;
    s.comparative += e.tone.comparative;
    s.score += e.tone.score;
  }
  return outletIds.map((outletId, k) => {
    const s = sums[k]!;
    return {
      outletId,
      outlet: index.outletName.get(outletId) ?? outletId,
      n: s.n,
      scored: s.scored,
      meanComparative: s.n ? s.comparative / s.n : 0,
      meanScore: s.n ? s.score / s.n : 0,
    };
  });
}

/** One outlet's passing event sentences with their tone scores and the scored words highlighted, most negative first. */
export function selectToneSentences(index: BundleIndex, mask: EventMask, outletId: string): CountedSentence[] {
  const o = index.outletIndex.get(outletId);
  const out: (CountedSentence & { comparative: number })[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i] || index.outlet[i] !== o) continue;
    const e = index.events.at(i)!;
    const key = sentenceKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const base = e.evidence.start;
    const words = scoredWords(e.tone).join(', ');
    out.push({
      key,
      articleId: e.articleId,
      outletId,
      outlet: index.outletName.get(outletId) ?? outletId,
      published: index.articles.get(e.articleId)?.published ?? null,
      sentence: e.evidence.text,
      noSentence: noSentenceOf(e, index.articles.get(e.articleId)?.url ?? null),
      highlights: nonOverlapping(
        e.tone.terms.map((t) => ({ start: t.start - base, end: t.end - base, kind: 'scored' as const })),
        e.evidence.text.length,
      ),
      offset: base,
      note: `score ${e.tone.score}, ${formatTone(e.tone.comparative)} per word${words ? `: ${words}` : ': no scored words'}`,
      comparative: e.tone.comparative,
    });
  }
  return out.sort((a, b) => a.comparative - b.comparative || a.key.localeCompare(b.key));
}

/** "+0.125", "−0.250", "0.000": a signed tone with three decimals. */
export function formatTone(value: number): string {
  const fixed = Math.abs(value).toFixed(3);
  if (fixed === '0.000') return '0.000';
  return `${value > 0 ? '+' : '−'}${fixed}`;
}
