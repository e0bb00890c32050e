import type { Token } from '../text/tokens.ts';

// The present perfect progressive tells an act that began before the report and is still going on: "Russia has
// been shelling the city for weeks", "the two sides have been negotiating a prisoner exchange", "the envoys have
// been in talks with the rebels". Read alone, "has" and "been" look like a past tense, and the act would be one
// occurrence on the day of the report. "Had been" tells an act that went on before another past one ("had been
// negotiating for months when talks collapsed"): it is over, so it stays a past tense.
const PRESENT_PERFECT = new Set(['has', 'have', "'s", "'ve", '’s', '’ve']);
// "have been in talks", "has been at war", "has been under siege": a state the parties are in, told by a noun.
const STATE_PREPOSITIONS = new Set(['in', 'at', 'under']);
// Words that may stand before the act noun after the preposition: "in indirect talks", "in intense negotiations".
const NOUN_LEAD_TAGS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The cue when the trigger at `triggerStart` is in the present perfect progressive, or a noun of a state the
 * parties have been in ("have been in talks"); null otherwise. An adverb may stand after the auxiliary and after
 * "been" ("has also been quietly negotiating").
 */
export function perfectProgressive(tokens: Token[], triggerStart: number, nounTrigger: boolean): string | null {
  let j = triggerStart - 1;
  let state = '…ing';
  if (nounTrigger) {
    while (j > triggerStart - 3 && NOUN_LEAD_TAGS.has(tokens[j]?.pos ?? '')) j--;
    state = tokens[j]?.lower ?? '';
    if (!STATE_PREPOSITIONS.has(state)) return null;
    j--;
  } else if (!/ing$/.test(tokens[triggerStart]?.lower ?? '')) return null;
  if (isAdverb(tokens[j])) j--;
  if (tokens[j]?.lower !== 'been') return null;
  j--;
  if (isAdverb(tokens[j])) j--;
  const auxiliary = tokens[j]?.lower ?? '';
  return PRESENT_PERFECT.has(auxiliary) ? `${auxiliary} been ${state}` : null;
}

function isAdverb(token: Token | undefined): boolean {
  return token?.pos === 'ADV' && token.lower !== 'not' && token.lower !== 'never';
}
