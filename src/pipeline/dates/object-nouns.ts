import type { TriggerMatch } from '../events/find-triggers.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';

// Words an object may hold between its verb and the event noun in it ("the Chinese blockade of", "talks with").
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON', 'PART', 'CCONJ']);
// "sanctioned X over the attack on Monday", "struck Gaza despite the truce on Sunday": a phrase that names a
// ground or another occasion keeps its date to itself.
const OTHER_OCCASION = new Set([
  'over',
  'for',
  'despite',
  'amid',
  'following',
  'after',
  'before',
  'since',
  'until',
  'during',
  'ahead',
]);
// How far an object may run from its verb to the event noun in it.
const OBJECT_REACH = 8;

/**
 * "Manila protested the Chinese blockade of the shoal on Saturday", "Azerbaijan rejected talks with Armenia on
 * Thursday": a date after a verb's object is the verb's, though an event noun in that object stands nearer
 * and owns it too. Whether `match`, a verb, governs `owner`, the noun that owns the date ending at `dateEnd`,
 * with only the words of a noun phrase between them and between the noun and the date.
 */
export function datesVerbOfObject(
  match: TriggerMatch,
  owner: TriggerMatch,
  dateStart: number,
  tokens: Token[],
  all: TriggerMatch[],
): boolean {
  if (match.trigger.isNoun || tokens[match.verbToken ?? match.tokenStart]?.pos !== 'VERB') return false;
  if (!owner.trigger.isNoun && tokens[owner.tokenStart]?.pos !== 'NOUN') return false;
  if (owner.tokenStart < match.tokenEnd || owner.tokenStart - match.tokenEnd > OBJECT_REACH) return false;
  const nounPhrase = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (OTHER_OCCASION.has(t.lower) || isClauseBoundary(t, tokens[k + 1]) || t.text === ',') return false;
      if (t.isWord && !OBJECT_WORDS.has(t.pos ?? '')) return false;
      if (all.some((m) => m !== owner && !m.trigger.isNoun && m.tokenStart <= k && k < m.tokenEnd)) return false;
    }
    return true;
  };
  return nounPhrase(match.tokenEnd, owner.tokenStart) && nounPhrase(owner.tokenEnd, dateStart);
}
