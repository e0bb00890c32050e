import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** What this step reads of a participant (`participants.ts`'s `Participant`). */
type Party = { actorId: string };

/** The event drafted before this one in the sentence, as `ParticipantContext.previous` gives it. */
type Previous<P extends Party> = { match: TriggerMatch; source: P[]; target: P[] } | null;

// Prepositions that open a circumstance of time or occasion right after a verb.
const OPENERS = new Set(['after', 'before', 'during', 'following', 'upon', 'at', 'amid']);
// Words of the noun phrase between the opener and a meeting noun: "after two days of talks", "during their
// meeting", "at a summit", "after a phone call", "after nine hours of intense talks".
const NOUN_PHRASE_WORDS = new Set([
  ...['a', 'an', 'the', 'their', 'his', 'her', 'its', 'two', 'three', 'several', 'hours', 'days', 'weeks', 'of'],
  ...['first', 'second', 'third', 'new', 'fresh', 'further', 'long', 'lengthy', 'marathon', 'late', 'brief'],
  ...['nine', 'six', 'four', 'five', 'seven', 'eight', 'ten', 'twelve', 'round', 'phone', 'video', 'closed-door'],
  ...['direct', 'indirect', 'intense', 'emergency', 'bilateral', 'trilateral', 'joint', 'high-level'],
]);

/**
 * "Rubio and Lavrov agreed after meeting in Riyadh", "Kagame decided during talks in Doha to", "the leaders
 * pledged at their summit to": a meeting, or an act told by a bare -ing verb, in a circumstance right after the
 * verb of the event before it is that verb's subject's. The -ing verb has no subject of its own, so English
 * gives it the main clause's; a meeting noun there is one the main subject took part in. Other nouns keep their
 * own actors ("closed the border after attacks on its soldiers": the attacks are someone else's). Returns null
 * when the trigger stands in no such circumstance.
 */
export function circumstanceSubject<P extends Party>(
  match: TriggerMatch,
  previous: Previous<P>,
  tokens: Token[],
): P[] | null {
  if (!previous || previous.source.length === 0 || previous.match.trigger.isNoun) return null;
  const gerund = !match.trigger.isNoun && match.verbForms?.includes('ing') === true;
  const meeting = match.trigger.isNoun && match.trigger.type === 'CONSULT';
  if (!gerund && !meeting) return null;
  const verb = previous.match.verbToken ?? previous.match.tokenStart;
  // The circumstance follows the verb at once, or the verb's own words when they end before it.
  const gap = previous.match.gap;
  const opener = gap ? gap[0] : Math.max(verb + 1, previous.match.tokenEnd);
  if (gap && (match.tokenStart < gap[0] || match.tokenEnd > gap[1])) return null;
  if (!OPENERS.has(tokens[opener]?.lower ?? '') || match.tokenStart <= opener) return null;
  if (gerund && match.tokenStart !== opener + 1) return null;
  for (let k = opener + 1; k < match.tokenStart; k++) {
    const word = tokens[k]!.lower;
    if (!NOUN_PHRASE_WORDS.has(word) && !/^\d+$/.test(word) && tokens[k]!.text !== '-') return null;
  }
  const mutual = previous.match.trigger.direction === 'mutual';
  const parties = mutual ? [...previous.source, ...previous.target] : previous.source;
  return parties.filter((p, i) => parties.findIndex((q) => q.actorId === p.actorId) === i);
}

// Prepositions that give the means or occasion of an act: "killed him in a strike on Beirut", "during shelling".
const MEANS_OPENERS = new Set(['in', 'during', 'with']);
// Words between the act before and its means that end the act's clause: another clause begins.
const MEANS_BREAKS = new Set([
  ...[';', ':', 'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'while', 'as', 'after', 'before', 'when'],
  ...['said', 'says', 'told', 'because', 'since', 'until', 'despite'],
]);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their']);
// Tokens searched from the act's end to its means ("killed Nasrallah, Hezbollah's leader, in a strike").
const MEANS_REACH = 10;

/**
 * "Israel killed Nasrallah in a strike on Beirut", "Pakistan killed five soldiers in shelling along the border":
 * an act noun of the same type as the verb before it, in a phrase of means or occasion after the verb's object,
 * is the same act, done by the verb's subject. Read alone, the noun took the victim named just before it as its
 * actor and turned the attack around. Returns null when the noun stands in no such phrase.
 */
export function meansSubject<P extends Party>(match: TriggerMatch, previous: Previous<P>, tokens: Token[]): P[] | null {
  if (!previous || previous.source.length === 0 || previous.match.trigger.isNoun) return null;
  if (previous.match.trigger.type !== match.trigger.type || match.tokenStart < previous.match.tokenEnd) return null;
  let opener = -1;
  for (let k = match.tokenStart - 1; k >= previous.match.tokenEnd && k >= match.tokenStart - 4; k--) {
    if (MEANS_OPENERS.has(tokens[k]!.lower)) {
      opener = k;
      break;
    }
    if (!tokens[k]!.isWord || tokens[k]!.capitalised) return null;
  }
  if (opener < 0 || opener - previous.match.tokenEnd > MEANS_REACH) return null;
  // A noun ("in a strike"), a gerund standing as one ("in shelling along the border"), or a verb form after an
  // article, which makes it a noun ("in a drone attack").
  const nominal =
    match.trigger.isNoun || match.verbForms?.includes('ing') === true || ARTICLES.has(tokens[opener + 1]!.lower);
  if (!nominal) return null;
  for (let k = previous.match.tokenEnd; k < opener; k++) if (MEANS_BREAKS.has(tokens[k]!.lower)) return null;
  return previous.source;
}
