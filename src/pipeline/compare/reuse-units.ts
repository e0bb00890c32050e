import type { Sentence } from '../text/sentences.ts';
import { minhashSignature } from './minhash.ts';
import { normalisedWords, shingleHashes } from './shingles.ts';

/** Sentences shorter than this never count as reuse: datelines, "Advertisement", credit lines, "Follow us". */
export const MIN_REUSE_WORDS = 8;

/** One sentence prepared for reuse detection: where it is, its shingles and their MinHash signature. */
export type ReuseUnit = {
  articleId: string;
  outletId: string;
  published: string | null;
  /** Position among the article's units (short sentences are skipped), to find adjacent matches. */
  position: number;
  start: number;
  end: number;
  shingles: Uint32Array;
  signature: Uint32Array;
};

/** The sentences of one article that are long enough to count as reuse, with their shingles and signatures. */
export function reuseUnitsOf(article: { id: string; outletId: string; published: string | null }, sentences: Sentence[]): ReuseUnit[] {
  const units: ReuseUnit[] = [];
  for (const sentence of sentences) {
    const words = normalisedWords(sentence.text);
    if (words.length < MIN_REUSE_WORDS) continue;
    const shingles = shingleHashes(words);
    units.push({
      articleId: article.id,
      outletId: article.outletId,
      published: article.published,
      position: units.length,
      start: sentence.start,
      end: sentence.end,
      shingles,
      signature: minhashSignature(shingles),
    });
  }
  return units;
}
