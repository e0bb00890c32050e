import type { Token } from './tokens.ts';

/**
 * A circumstance set between a verb and its infinitive: "agreed at talks in Abu Dhabi on Friday to open the
 * border", "decided after meeting in Riyadh to appoint envoys", "pledged at their summit to send air defences",
 * "called on Tehran during the visit to release ...". The phrase says where, when or on what occasion the verb
 * happened; the infinitive after it is still the verb's own complement, as in "agreed to open the border". The
 * matcher skips it as it skips a day or a place between two words of a pattern (`find-triggers.ts`), and the
 * modality of the infinitive looks across it to the committing verb (`modality.ts`).
 */

// Prepositions that open a circumstance of time or occasion ("on" only in "on the sidelines of").
const OPENERS = new Set(['after', 'during', 'following', 'at', 'in', 'amid', 'before']);
// The phrase is a noun phrase, maybe with a gerund ("after meeting in Riyadh"): a comma, a clause word, a
// conjunction or a modal means a clause of its own ("after talks and decided to", "after Kyiv said it would").
const STOPS = new Set([
  ...[',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '.', '!', '?'],
  ...['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'if', 'unless', 'as'],
  ...['and', 'or', 'but', 'not', 'said', 'says', 'would', 'will', 'could', 'should', 'can', 'may', 'might'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does'],
]);
// "to the border", "to a summit", "to its allies": "to" before these heads a phrase, not an infinitive.
const NOT_VERBS = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your'],
  ...['all', 'some', 'any', 'each', 'every', 'both', 'no', 'more', 'most', 'about', 'around', 'nearly', 'date'],
  ...['them', 'him', 'us', 'it', 'me', 'whom', 'where'],
]);
// Nouns that take an infinitive of their own ("in a bid to end the war", "at talks on a plan to withdraw"): the
// infinitive completes the noun, and the phrase is a purpose or an object, not a circumstance of the verb.
const INFINITIVE_NOUNS = new Set([
  ...['attempt', 'attempts', 'effort', 'efforts', 'bid', 'order', 'move', 'push', 'drive', 'campaign', 'mission'],
  ...['plan', 'plans', 'proposal', 'proposals', 'decision', 'deal', 'agreement', 'accord', 'call', 'calls'],
  ...['pledge', 'promise', 'offer', 'threat', 'way', 'ways', 'step', 'steps', 'chance', 'opportunity', 'right'],
  ...['need', 'time', 'initiative', 'commitment', 'readiness', 'willingness', 'intention', 'mandate', 'power'],
  ...['authority', 'request', 'demand', 'demands', 'ultimatum', 'deadline', 'vote', 'motion', 'resolution'],
]);
// Longest circumstance read, in tokens, opener included ("at a summit of Gulf leaders in Riyadh on Thursday").
const MAX_TOKENS = 12;

/**
 * The number of tokens of a circumstance opening at `t` and ending right before "to" and a verb, 0 for none.
 * Called only for the tokens of an opener; it looks at the sentence's own tokens, at most `MAX_TOKENS` of them.
 */
export function adjunctBeforeInfinitive(tokens: Token[], t: number): number {
  const opener = tokens[t]?.lower;
  if (opener === undefined) return 0;
  if (!OPENERS.has(opener) && !(opener === 'on' && sidelines(tokens, t))) return 0;
  const last = Math.min(tokens.length - 2, t + MAX_TOKENS);
  for (let k = t + 1; k <= last; k++) {
    const word = tokens[k]!.lower;
    // "during a visit to Kyiv on Friday to": a "to" before a name or a noun phrase is a preposition of the phrase.
    if (word === 'to' && infinitiveAfter(tokens[k + 1]!))
      return k > t + 1 && !INFINITIVE_NOUNS.has(tokens[k - 1]!.lower) ? k - t : 0;
    if (STOPS.has(word)) return 0;
  }
  return 0;
}

/**
 * Where the widest circumstance ending right before token `to` starts, or -1: "agreed [during a meeting in
 * Brussels on Thursday] to", not its inner "in Brussels on Thursday".
 */
export function adjunctEndingAt(tokens: Token[], to: number): number {
  let start = -1;
  for (let k = to - 2; k >= Math.max(0, to - MAX_TOKENS); k--) {
    const word = tokens[k]!.lower;
    if (STOPS.has(word)) break;
    if ((OPENERS.has(word) || word === 'on') && adjunctBeforeInfinitive(tokens, k) === to - k) start = k;
  }
  return start;
}

// Verbs that take an infinitive as their complement ("agreed to", "urged X to", "decided to"): after a verb of
// motion the "to" heads the destination ("travelled to Kyiv"), and an infinitive after a circumstance is its
// purpose ("travelled after the attack to visit the wounded"), no complement the pattern's "to" may stand for.
const INFINITIVE_VERBS =
  /^(agree|decid|pledg|promis|vow|commit|offer|refus|declin|threaten|urg|ask|call|press|told|tell|order|instruct|direct|plan|seek|sought|resolv|vot|undert|consent|aim|tri|try|want|hope|prepar|encourag|persuad|invit|appeal|author)/;

/** Whether the verb `word` takes an infinitive, so a circumstance may stand between it and its "to". */
export function takesInfinitive(word: string): boolean {
  return INFINITIVE_VERBS.test(word);
}

/** "on the sidelines of the summit". */
function sidelines(tokens: Token[], t: number): boolean {
  return tokens[t + 1]?.lower === 'the' && tokens[t + 2]?.lower === 'sidelines';
}

/** A lower-case word that can be a bare verb after "to" (not a determiner, a pronoun or a name). */
function infinitiveAfter(token: Token): boolean {
  return token.isWord && !token.capitalised && !NOT_VERBS.has(token.lower) && !/^\d/.test(token.lower);
}

/** A trigger's token span with the circumstance it skipped, if any (`TriggerMatch.gap`). */
export type GappedSpan = { tokenStart: number; tokenEnd: number; gap?: [number, number] };

/** Whether token `k` lies in the circumstance a span skipped ("agreed [after talks on Tuesday] to"). */
export function inGap(span: GappedSpan, k: number): boolean {
  return span.gap !== undefined && k >= span.gap[0] && k < span.gap[1];
}

/** Whether token `k` is one of the span's own words: inside it and not in its gap. */
export function ownsToken(span: GappedSpan, k: number): boolean {
  return span.tokenStart <= k && k < span.tokenEnd && !inGap(span, k);
}
