import type { LoadedTerm } from '../../model/bundle-schema.ts';
import type { LoadedTermEntry, LoadedTermsLexicon } from '../resources/resource-schemas.ts';
import type { Sentence } from '../text/sentences.ts';
import { phraseTokens, type Token } from '../text/tokens.ts';

/** A lexicon compiled for matching: forms as lower-case token sequences, keyed by their first token. */
export type LoadedTermMatcher = {
  version: string;
  entries: number;
  byFirstToken: Map<string, { tokens: string[]; entry: LoadedTermEntry }[]>;
};

/** Compiles the lexicon: each form becomes a token sequence, longest first so "war crimes" beats "war crime". */
export function compileLoadedTerms(lexicon: LoadedTermsLexicon): LoadedTermMatcher {
  const byFirstToken: LoadedTermMatcher['byFirstToken'] = new Map();
  for (const entry of lexicon.entries)
    for (const form of entry.forms) {
      const tokens = phraseTokens(form.toLowerCase());
      const list = byFirstToken.get(tokens[0]!) ?? [];
      list.push({ tokens, entry });
      byFirstToken.set(tokens[0]!, list);
    }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { version: lexicon.version, entries: lexicon.entries.length, byFirstToken };
}

/** A sentence with its tokens, as the extractor reads it. */
export type TokenisedSentence = { sentence: Sentence; tokens: Token[] };

/**
 * Every occurrence of a lexicon form in an article, sentence by sentence. Matching is on whole tokens
 * (so "regime" never matches inside "regimen") and case-insensitive, except that a title-case word inside a
 * sentence is taken for part of a name; quotations count, since the outlet chose to print the word. Ids are the article id and a running number, so they are stable.
 */
export function findLoadedTerms(
  articleId: string,
  text: string,
  sentences: TokenisedSentence[],
  matcher: LoadedTermMatcher,
): LoadedTerm[] {
  const found: LoadedTerm[] = [];
  for (const { sentence, tokens } of sentences) {
    const firstWord = tokens.findIndex((t) => t.isWord);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = matcher.byFirstToken.get(tokens[i]!.lower);
      if (!candidates || (i !== firstWord && !opensQuoteOrClause(tokens[i - 1]) && inName(tokens[i]!))) continue;
      const hit = firstFormAt(candidates, tokens, i);
      if (!hit) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + hit.tokens.length - 1]!.end;
      found.push({
        id: `${articleId}#t${String(found.length + 1).padStart(3, '0')}`,
        articleId,
        term: hit.entry.term,
        category: hit.entry.category,
        start,
        end,
        text: text.slice(start, end),
        sentence: { text: sentence.text, start: sentence.start, end: sentence.end },
      });
      i += hit.tokens.length - 1;
    }
  }
  return found;
}

/**
 * A title-case word inside a sentence is part of a name ("Palestine Liberation Organization", "Victory Day"),
 * where the outlet chose no word: not a loaded term. Capitals all through ("TERRORIST") are emphasis and count.
 */
function inName(token: Token): boolean {
  return token.capitalised && token.text !== token.text.toUpperCase();
}

/** After a colon or an opening quotation mark a capital starts a sentence, not a name ("said: 'Victory opens…'"). */
function opensQuoteOrClause(previous: Token | undefined): boolean {
  return previous !== undefined && !previous.isWord && /^[:'"‘“(]$/.test(previous.text);
}

/** The first candidate form matching at token `at` (a function, not an arrow reading the loop's index: see `coversToken`). */
function firstFormAt<C extends { tokens: string[] }>(candidates: C[], tokens: Token[], at: number): C | undefined {
  for (const c of candidates) if (matchesAt(tokens, at, c.tokens)) return c;
  return undefined;
}

function matchesAt(tokens: Token[], at: number, form: string[]): boolean {
  if (at + form.length > tokens.length) return false;
  for (let k = 0; k < form.length; k++) {
    const token = tokens[at + k]!;
    if (token.lower !== form[k]) return false;
    // Parts of a phrase must be adjacent words of the text ("so-called", "war crimes"), not split by a line.
    if (k > 0 && token.start - tokens[at + k - 1]!.end > 1) return false;
  }
  return true;
}
