import type { Token } from '../text/tokens.ts';

// A meeting or act put off or called off is read from the verb that governs its noun (modality.ts's CALLED_OFF
// and PUT_OFF cues), which may stand farther from the noun than the four words modality reads before it:
// - before a long object: "postponed the next round of talks", "called off the second round of negotiations
//   with", "cancelled Thursday's planned talks on the dam";
// - after an aside set off by commas that follows the noun as the subject: "the meeting between A and B,
//   scheduled for Thursday, has been postponed", "talks in Jeddah, which were due to open on Monday, were put off
//   until next month".
// Read alone, such a meeting is told in the past and would have occurred.

// Words of a noun phrase between a governing verb and its head: determiners, describing words, numbers, nouns
// and names ("the fourth round of", "Thursday's planned", "the US-Iran").
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PHRASE_WORDS = new Set(['of', "'s", '’s', '-', 'their', 'its', 'his', 'her', 'our']);
// Participles that describe a meeting as arranged: "the planned talks" (tagged as verbs at times).
const ARRANGED = /^(planned|scheduled|proposed|expected|upcoming|long-awaited|awaited|delayed)$/;
const PHRASE_REACH = 8;
// Particles of the two-word cues: "called off", "put off", "pushed back".
const PARTICLES = new Set(['off', 'back']);
// How far after the noun the aside may begin (past "between A and B in Jeddah"), and how long it may be.
const ASIDE_OPENS_WITHIN = 12;
const ASIDE_REACH = 14;
// An aside telling when or how the meeting was arranged: "scheduled for", "set for", "due to", "which was to".
const ASIDE_OPENERS = /^(scheduled|planned|set|due|expected|slated|initially|originally|which|that|earlier)$/;
const PREDICATE_AUXILIARIES = /^(has|have|had|was|were|is|are|will|would|had)$/;
const PREDICATE_REACH = 5;

/** The words where a put-off or called-off cue governing the noun trigger would stand, and where they end. */
export type GoverningWords = { words: string[]; from: number; end: number };

/**
 * The governing verb's words for a noun trigger at `triggerStart..triggerEnd` beyond modality's near window: the
 * verb before its noun phrase when the phrase is longer than three words, or the predicate after an aside that
 * follows the noun; null when there is neither.
 */
export function governingWords(tokens: Token[], triggerStart: number, triggerEnd: number): GoverningWords | null {
  return verbBeforePhrase(tokens, triggerStart) ?? predicateAfterAside(tokens, triggerEnd);
}

function inPhrase(token: Token): boolean {
  return PHRASE_TAGS.has(token.pos ?? '') || PHRASE_WORDS.has(token.lower) || ARRANGED.test(token.lower);
}

function verbBeforePhrase(tokens: Token[], triggerStart: number): GoverningWords | null {
  let j = triggerStart - 1;
  while (j >= 0 && triggerStart - j <= PHRASE_REACH && inPhrase(tokens[j]!)) j--;
  // Modality's own window reads the four words before the noun.
  if (j < 0 || triggerStart - j <= 4) return null;
  const from = PARTICLES.has(tokens[j]!.lower) && j > 0 ? j - 1 : j;
  return { words: tokens.slice(from, j + 1).map((t) => t.lower), from, end: triggerStart };
}

function predicateAfterAside(tokens: Token[], triggerEnd: number): GoverningWords | null {
  const open = commaAfter(tokens, triggerEnd, ASIDE_OPENS_WITHIN);
  if (open < 0 || !ASIDE_OPENERS.test(tokens[open + 1]?.lower ?? '')) return null;
  const close = commaAfter(tokens, open + 1, ASIDE_REACH);
  if (close < 0 || !PREDICATE_AUXILIARIES.test(tokens[close + 1]?.lower ?? '')) return null;
  const end = Math.min(tokens.length, close + 1 + PREDICATE_REACH);
  return { words: tokens.slice(close + 1, end).map((t) => t.lower), from: close + 1, end };
}

/** The first comma from `from` within `reach` tokens, before any clause break; -1 when none. */
function commaAfter(tokens: Token[], from: number, reach: number): number {
  for (let j = from; j < Math.min(tokens.length, from + reach); j++) {
    const word = tokens[j]!.lower;
    if (word === ',') return j;
    if (word === ';' || word === ':' || word === '.') return -1;
  }
  return -1;
}
