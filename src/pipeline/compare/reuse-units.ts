import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';

/** Sentences shorter than this never count as reuse: datelines, "Advertisement", credit lines, "Follow us". */
export const MIN_REUSE_WORDS = 8;

/** One sentence prepared for reuse detection: where it is and its normalised words. */
export type ReuseUnit = {
  articleId: string;
  outletId: string;
  published: string | null;
  /** Position among the article's units (short sentences are skipped), to find adjacent matches. */
  position: number;
  start: number;
  end: number;
  /** The normalised words joined by spaces: identical sentences share it, and are shingled and hashed once. */
  key: string;
};

/**
 * The sentences of one article that are long enough to count as reuse. Words come from the extractor's
 * tokens, lower-cased: punctuation, quotation marks of any shape and the possessive "'s" are not words,
 * so "Veldoria’s" and "Veldoria's" compare equal.
 */
export function reuseUnitsOf(article: { id: string; outletId: string; published: string | null }, sentences: { sentence: Sentence; tokens: Token[] }[]): ReuseUnit[] {
  const units: ReuseUnit[] = [];
  for (const { sentence, tokens } of sentences) {
    const words: string[] = [];
    for (const t of tokens) if (t.isWord) words.push(t.lower);
    if (words.length < MIN_REUSE_WORDS) continue;
    units.push({
      articleId: article.id,
      outletId: article.outletId,
      published: article.published,
      position: units.length,
      start: sentence.start,
      end: sentence.end,
      key: words.join(' '),
    });
  }
  return units;
}
