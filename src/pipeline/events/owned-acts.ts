import { ownedActNoun } from '../text/act-nouns.ts';
import type { Token } from '../text/tokens.ts';

// "Moscow condemned the EU's decision to impose new sanctions", "Kyiv welcomed Ankara's offer to host the talks":
// an infinitive after an act noun a party owns is that party's act, not a purpose of the verb before the noun.
// Read as an infinitive of purpose ("blocked streets to protest"), the one who condemns or welcomes would be the
// one who imposes or hosts.

/**
 * Whether the verb at `verb` follows "<owner>'s (describing words) <act noun> to", with the trigger before it ending
 * at `previousEnd` before the noun: when the noun is that trigger's own ("Israel's offer to release"), the
 * trigger's source is the owner already.
 */
export function followsOwnedActNoun(tokens: Token[], verb: number, previousEnd: number): boolean {
  if (tokens[verb - 1]?.lower !== 'to' || previousEnd > verb - 2) return false;
  // The possessive stands before the act noun, past at most two describing words ("Seoul's sudden decision").
  for (let p = verb - 3; p >= Math.max(0, verb - 5); p--)
    if (/^['’]s$/.test(tokens[p]!.text)) return ownedActNoun(tokens, p) === verb - 2;
  return false;
}

// Act nouns that settle what follows: "the decision to impose", "Seoul's pledge to halt", "an order to withdraw".
// What is decided, pledged or ordered is planned, as after "decided to", "pledged to", "ordered ... to"; an offer,
// a proposal or a bid stays only hoped for.
const SETTLING_NOUNS = new Set(['decision', 'pledge', 'promise', 'vow', 'commitment', 'order', 'orders']);

/** The cue "<noun> to" when the verb at `verb` is the infinitive of a settling act noun, else null. */
export function settledActCue(tokens: Token[], verb: number): string | null {
  const noun = tokens[verb - 2]?.lower ?? '';
  return tokens[verb - 1]?.lower === 'to' && SETTLING_NOUNS.has(noun) ? `${noun} to` : null;
}
