import type { ArticleExtraction } from '../events/extract-events.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { packTokens, type TokenColumns, unpackTokens } from './token-columns.ts';

// What crosses the thread boundary between the extraction pool and its workers. Everything here must survive
// the structured clone of postMessage: plain objects, arrays, Maps, typed arrays, strings, numbers; no
// functions or class instances. An extraction travels as it is (its `unresolved` Map clones as a Map) except
// for its token arrays, which travel as columns (token-columns.ts says why).

/** Where a worker finds the dictionaries: the folders the main thread compiles its own copy from. */
export type ResourceSources = { dataDir: string; corpusDirs: string[] };

/** One article's extraction as it travels back from a worker. */
export type PackedExtraction = Omit<ArticleExtraction, 'sentences'> & {
  sentences: Sentence[];
  tokens: { columns: TokenColumns } | { plain: Token[][] };
};

/** A worker's answer for one batch of consecutive articles, in the batch's order. */
export type BatchResult = { extractions: PackedExtraction[]; words: number };

/** Prepares one article's extraction for postMessage; `text` is the article text it was extracted from. */
export function packExtraction(text: string, extraction: ArticleExtraction): PackedExtraction {
  const { sentences, ...rest } = extraction;
  const tokens = sentences.map((s) => s.tokens);
  const columns = packTokens(text, tokens);
  return { ...rest, sentences: sentences.map((s) => s.sentence), tokens: columns ? { columns } : { plain: tokens } };
}

/** Restores an extraction received from a worker, given the same article text. */
export function unpackExtraction(text: string, packed: PackedExtraction): ArticleExtraction {
  const { sentences, tokens: packedTokens, ...rest } = packed;
  const tokens = 'columns' in packedTokens ? unpackTokens(text, packedTokens.columns) : packedTokens.plain;
  return { ...rest, sentences: sentences.map((sentence, i) => ({ sentence, tokens: tokens[i] ?? [] })) };
}

/** Words in a text, counted as the bundle counts them; here only for the progress line's words/s. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
