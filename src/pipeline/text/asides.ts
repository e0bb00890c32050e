import type { Token } from './tokens.ts';

// The longest aside read as a name's gloss: "(SADC)", "(Freedom)", "(Armed Forces of Liberia)".
const MAX_GLOSS_TOKENS = 5;

/**
 * The sentence's tokens without the short capitalised asides news puts after a name: an acronym or a
 * translation in brackets ("the African Union (AU) said", "the Azadliq (Freedom) coalition"). Such an aside
 * is a gloss of the name before it, not a clause, so it must not cut the name off from its verb; a bracket
 * holding lower-case words is a real aside and stays. Tokens keep their offsets, so every span still points
 * into the text.
 */
export function withoutNameGlosses(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const close = tokens[i]!.text === '(' ? glossEnd(tokens, i) : -1;
    if (close < 0) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    i = close;
  }
  return out ?? tokens;
}

/** The index of the ")" closing a gloss opened at `open`, or -1 when the bracket is not a gloss. */
function glossEnd(tokens: Token[], open: number): number {
  // A gloss follows a name: "(AU)" at the start of a sentence or after a lower-case word glosses nothing.
  if (!tokens[open - 1]?.capitalised) return -1;
  for (let j = open + 1; j <= open + MAX_GLOSS_TOKENS + 1 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ')') return j > open + 1 ? j : -1;
    if (t.isWord ? !t.capitalised && !GLOSS_JOINERS.has(t.lower) : !GLOSS_MARKS.has(t.text)) return -1;
  }
  return -1;
}

const GLOSS_JOINERS = new Set(['of', 'and', 'for', 'the']);
const GLOSS_MARKS = new Set(['-', '.', '&', "'", '’']);
