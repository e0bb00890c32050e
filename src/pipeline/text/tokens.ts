import { type GappedSpan, ownsToken } from './adjunct-infinitives.ts';
import type { PosTag } from './pos-tags.ts';

/** A word or punctuation token with its character offsets in the article text. */
export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  isWord: boolean;
  /** Part of speech from the tagger (`text/pos-tags.ts`), when the text was tagged. */
  pos?: PosTag;
};

// Words are runs of letters and digits; "'s" and "n't" stay whole so names match without
// their possessive and negation stays visible; everything else is one-character punctuation.
const TOKEN_PATTERN = /n['’]t\b|['’]s\b|[\p{L}\p{N}]+|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Splits `text` (or its slice from `offset`) into tokens with absolute offsets. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = offset === 0 && end === text.length ? text : text.slice(offset, end);
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(slice); m !== null; m = TOKEN_PATTERN.exec(slice)) {
    const word = m[0];
    // Most tokens start with an ASCII character, whose class a comparison decides; the rest ask the regexes.
    const c = word.charCodeAt(0);
    const ascii = c < 128;
    const upper = c >= 65 && c <= 90;
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + word.length,
      capitalised: ascii ? upper : UPPER_START.test(word),
      isWord: ascii ? upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : WORD_START.test(word),
    });
  }
  return tokens;
}

/**
 * Whether the lower-case words of `words` stand at token `at` one after the other. A loop, not `words.every(...)`
 * with an arrow: asked of every token of a sentence, the arrow (and the scope it reads `at` from) was made for each.
 */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

/** Tokenizes a dictionary phrase the same way article text is, for trie keys. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

/** Token indices that are only ever asked whether they hold an index (a `Set<number>` is one). */
export type TokenIndexSet = { has(index: number): boolean };

/**
 * The tokens inside any of the spans, as one byte per token: built for every sentence with a trigger and for
 * every trigger in it, where a `Set` of the indices cost an array per span and a hash per index.
 */
export function tokenMask(
  tokenCount: number,
  spans: Iterable<{ tokenStart: number; tokenEnd: number }>,
): TokenIndexSet {
  const marked = new Uint8Array(tokenCount);
  for (const span of spans) marked.fill(1, span.tokenStart, span.tokenEnd);
  return new TokenMask(marked);
}

/**
 * The tokens inside any of the spans except one, by a scan of the spans on each question: for the few triggers of
 * a sentence, asked for each trigger, where a mask (or a `Set`) would be made per trigger and mostly thrown away.
 */
export function tokensOfSpans(
  spans: readonly GappedSpan[],
  except: { tokenStart: number; tokenEnd: number } | null = null,
): TokenIndexSet {
  return new SpanTokens(spans, except);
}

class SpanTokens implements TokenIndexSet {
  constructor(
    private readonly spans: readonly GappedSpan[],
    private readonly except: { tokenStart: number; tokenEnd: number } | null,
  ) {}

  has(index: number): boolean {
    for (const span of this.spans) if (span !== this.except && ownsToken(span, index)) return true;
    return false;
  }
}

class TokenMask implements TokenIndexSet {
  constructor(private readonly marked: Uint8Array) {}

  has(index: number): boolean {
    return this.marked[index] === 1;
  }
}
