import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import { type Token, wordsAt } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Acts that answer another party's acts in kind: "fired missiles at a base in Qatar in response to the American
// strikes", "imposed tariffs in retaliation for the Chinese duties". The party answered is whom the act is aimed
// at, even when the act hit a place of a third state.
const ANSWERING_TYPES = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);
const ANSWER_PHRASES: readonly (readonly string[])[] = [
  ['in', 'response', 'to'],
  ['in', 'retaliation', 'for'],
  ['in', 'reprisal', 'for'],
  ['in', 'reply', 'to'],
  ['to', 'avenge'],
];

/** The first mention starting at token `t` (a function: an arrow reading the loop's `at` costs a scope per token). */
function mentionStartingAt(mentions: readonly ActorMention[], t: number): ActorMention | undefined {
  for (const m of mentions) if (m.tokenStart === t) return m;
  return undefined;
}

/** The answer phrase at token `at` ("in response to"), if any. */
function answerPhraseAt(tokens: Token[], at: number): readonly string[] | undefined {
  for (const phrase of ANSWER_PHRASES) if (wordsAt(tokens, at, phrase)) return phrase;
  return undefined;
}
// What is answered: another party's acts of force or pressure.
const ANSWERED_ACTS = new Set([
  ...['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'shelling', 'bombing', 'bombings'],
  ...['bombardment', 'raid', 'raids', 'incursion', 'incursions', 'offensive', 'killing', 'killings', 'assault'],
  ...['sanctions', 'tariffs', 'duties', 'seizure', 'seizures', 'expulsion', 'expulsions', 'aggression'],
]);
/** Words after the trigger within which the answer phrase is looked for. */
const PHRASE_REACH = 14;

/**
 * Adds to an act of force or pressure the party whose acts it answers ("in response to the American strikes",
 * "in retaliation for Armenia's attacks"), named by a demonym, a possessive or a name before the act noun.
 */
export function withAnsweredAttackers(
  drafts: EventDraft[],
  tokens: Token[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  return drafts.map((d) => {
    if (!ANSWERING_TYPES.has(d.type) || d.source.length === 0) return d;
    const answered = answeredAttacker(tokens, d.match.tokenEnd, mentions);
    if (!answered) return d;
    const side = sideOf(answered.actorId);
    const own = d.source.some((p) => sideOf(p.actorId) === side);
    if (own || d.target.some((p) => sideOf(p.actorId) === side)) return d;
    const target: Participant = {
      actorId: answered.actorId,
      span: { start: answered.start, end: answered.end },
      via: answered.via,
    };
    return { ...d, target: [...d.target, target] };
  });
}

/** The owner of the acts an answer phrase after `from` names: "the American strikes", "Armenia's attacks". */
function answeredAttacker(tokens: Token[], from: number, mentions: readonly ActorMention[]): ActorMention | null {
  for (let j = from; j < Math.min(tokens.length, from + PHRASE_REACH); j++) {
    const phrase = answerPhraseAt(tokens, j);
    if (!phrase) continue;
    let at = j + phrase.length;
    if (tokens[at]?.lower === 'the') at++;
    const owner = mentionStartingAt(mentions, at);
    if (!owner) return null;
    let noun = owner.tokenEnd;
    if (/^['’]s?$/.test(tokens[noun]?.text ?? '')) noun++;
    // One descriptive word may stand between: "the American air strikes", "Israel's deadly raids".
    const head = ANSWERED_ACTS.has(tokens[noun]?.lower ?? '') || ANSWERED_ACTS.has(tokens[noun + 1]?.lower ?? '');
    return head ? owner : null;
  }
  return null;
}
