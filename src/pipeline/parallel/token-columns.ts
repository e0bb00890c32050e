import type { Token } from '../text/tokens.ts';

// Token arrays are most of what one article's extraction weighs: about four times its events, quotes and
// sentences together. Cloned as objects, they cost the main thread ten times more to receive than to make
// afresh, which undid the workers' gain. So tokens cross the thread boundary as columns: offsets in typed
// arrays; `text` and `lower`, which repeat the article, rebuilt from it; booleans as bits; any other field
// (the tagger's `pos`) as codes into a small table of its string values. A token that does not fit this
// shape makes its article's tokens travel as plain objects: slower, never different.

/** One article's tokens, sentence after sentence, as columns. */
export type TokenColumns = {
  /** Number of tokens in each sentence. */
  counts: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Bit 0: capitalised, bit 1: isWord. */
  flags: Uint8Array;
  /** Further string-valued fields: their name, their values, and per token 0 (absent) or 1 + value index. */
  extras: { key: string; values: string[]; codes: Uint16Array }[];
};

const CORE_KEYS = new Set(['text', 'lower', 'start', 'end', 'capitalised', 'isWord']);
const CAPITALISED = 1;
const IS_WORD = 2;

/** Packs an article's per-sentence tokens into columns, or returns null when a token does not fit them. */
export function packTokens(text: string, sentences: Token[][]): TokenColumns | null {
  const total = sentences.reduce((n, tokens) => n + tokens.length, 0);
  const columns: TokenColumns = {
    counts: Int32Array.from(sentences, (tokens) => tokens.length),
    starts: new Int32Array(total),
    ends: new Int32Array(total),
    flags: new Uint8Array(total),
    extras: [],
  };
  const extraByKey = new Map<string, ExtraColumn>();
  let i = 0;
  for (const tokens of sentences)
    for (const token of tokens) {
      if (!isRebuildable(text, token)) return null;
      columns.starts[i] = token.start;
      columns.ends[i] = token.end;
      columns.flags[i] = (token.capitalised ? CAPITALISED : 0) | (token.isWord ? IS_WORD : 0);
      if (!packExtras(token, i, total, columns, extraByKey)) return null;
      i++;
    }
  // The lookup maps stay behind: only the columns cross the thread boundary.
  columns.extras = [...extraByKey.values()].map(({ key, values, codes }) => ({ key, values, codes }));
  return columns;
}

function isRebuildable(text: string, token: Token): boolean {
  return (
    Number.isInteger(token.start) &&
    Number.isInteger(token.end) &&
    token.text === text.slice(token.start, token.end) &&
    token.lower === token.text.toLowerCase() &&
    typeof token.capitalised === 'boolean' &&
    typeof token.isWord === 'boolean'
  );
}

/** An extra field's column while packing, with the index of each value seen so far. */
type ExtraColumn = TokenColumns['extras'][number] & { codeOf: Map<string, number> };
const MAX_EXTRA_VALUES = 0xfffe;

function packExtras(
  token: Token,
  i: number,
  total: number,
  columns: TokenColumns,
  extraByKey: Map<string, ExtraColumn>,
): boolean {
  for (const [key, value] of Object.entries(token)) {
    if (CORE_KEYS.has(key)) continue;
    if (typeof value !== 'string') return false;
    let extra = extraByKey.get(key);
    if (!extra) {
      extra = { key, values: [], codes: new Uint16Array(total), codeOf: new Map() };
      extraByKey.set(key, extra);
    }
    let code = extra.codeOf.get(value);
    if (code === undefined) {
      if (extra.values.length >= MAX_EXTRA_VALUES) return false;
      code = extra.values.push(value);
      extra.codeOf.set(value, code);
    }
    extra.codes[i] = code;
  }
  return true;
}

/** Rebuilds the per-sentence tokens from their columns and the article text. */
export function unpackTokens(text: string, columns: TokenColumns): Token[][] {
  const sentences: Token[][] = [];
  let i = 0;
  for (const count of columns.counts) {
    const tokens: Token[] = new Array(count);
    for (let k = 0; k < count; k++, i++) {
      const word = text.slice(columns.starts[i], columns.ends[i]);
      const flags = columns.flags[i] ?? 0;
      const token: Token = {
        text: word,
        lower: word.toLowerCase(),
        start: columns.starts[i] ?? 0,
        end: columns.ends[i] ?? 0,
        capitalised: (flags & CAPITALISED) !== 0,
        isWord: (flags & IS_WORD) !== 0,
      };
      for (const { key, values, codes } of columns.extras) {
        const code = codes[i] ?? 0;
        if (code > 0) (token as Record<string, unknown>)[key] = values[code - 1];
      }
      tokens[k] = token;
    }
    sentences.push(tokens);
  }
  return sentences;
}
