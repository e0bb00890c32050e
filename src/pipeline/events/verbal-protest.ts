import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

// "Moscow is arming the separatists, Kyiv protested on Monday": "protest" used as a verb of saying, after what
// was said, is a verbal protest (PLOVER ACCUSE, CAMEO 11 "disapprove"), not a demonstration (PROTEST, CAMEO 14).
// Words that may follow such a verb to the end of the sentence: the day, the place, "here".
const TRAILING =
  /^(here|there|today|yesterday|tonight|on|in|at|last|this|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month)$/;
// How far before the verb the comma closing what was said may be ("..., a rights group in Zagreb protested").
const SPEAKER_SPAN = 8;

/** A PROTEST read from "protest" as a trailing verb of saying is retyped a verbal ACCUSE. */
export function asVerbalProtest(draft: EventDraft): EventDraft {
  const { match, tokens } = draft;
  if (draft.type !== 'PROTEST' || match.verbToken === null || !tokens[match.verbToken]!.lower.startsWith('protest'))
    return draft;
  if (!endsSentence(tokens, match.tokenEnd) || !saidBefore(tokens, match.verbToken)) return draft;
  return { ...draft, type: 'ACCUSE', mode: 'disapprove' };
}

/** Only the day, the place or the full stop follow. */
function endsSentence(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j]!;
    // The full stop ends it; a comma or a quotation goes on with more than the day and the place.
    if (!token.isWord) return token.text === '.' || token.text === '!';
    if (!TRAILING.test(token.lower) && !token.capitalised && token.pos !== 'NUM') return false;
  }
  return true;
}

/** A comma closes a clause of some length before the speaker ("..., a rights group protested"). */
function saidBefore(tokens: Token[], verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - SPEAKER_SPAN); j--) if (tokens[j]!.text === ',') return j >= 4;
  return false;
}
