import { type Token, wordsAt } from '../text/tokens.ts';
import type { ActorMention, MentionHistory } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { MILITARY_SECTOR } from './sector-agents.ts';

// News names a state's forces once with their state ("Iranian security forces", "Ethiopian troops") and then
// without it ("Security forces arrested", "the soldiers clashed", "killed by security forces"). Such a noun is the
// forces of the one state whose forces the article has named; with none named, or two states' (a border war),
// it names no one, as before. "The army" and "government forces" have rules of their own (`find-mentions.ts`,
// `government-forces.ts`).
const FORCE_NOUNS: string[][] = [['security', 'forces'], ['security', 'personnel'], ['troops'], ['soldiers']];
// The nouns' first words, asked of every token before the phrases are.
const FIRST_WORDS = new Set(FORCE_NOUNS.map((noun) => noun[0]!));
// Words that may open the noun phrase: "the soldiers", "dozens of troops", "some 300 soldiers", "masked soldiers".
const OPENERS = new Set([
  ...['the', 'a', 'an', 'some', 'several', 'many', 'more', 'other', 'dozens', 'hundreds', 'thousands', 'of'],
  ...['about', 'around', 'armed', 'heavily', 'masked', 'uniformed', 'plainclothes', 'riot'],
]);
// Words before the phrase where it is a clause's subject, a passive's agent or the other side of a fight:
// "Security forces arrested", ", and troops fired", "killed by security forces", "clashed with troops". After a
// verb or an owner it is an object ("sent more troops"), whose state is the sender's; after a verb of saying or in a
// clause of time ("Pakistan said soldiers", "after soldiers were killed") it is as often the other side's.
const BEFORE_AGENT = new Set([',', ';', 'and', 'but', 'by', 'with', 'between', 'against', 'on', 'where']);
// Sectors of a state's armed forces and police: whose forces the article named.
const FORCE_SECTORS = new Set([MILITARY_SECTOR, 'police']);

/**
 * Each force noun of `FORCE_NOUNS` that no mention covers, in a subject or agent's place, becomes a mention of
 * the military of the one state whose forces (military or police) the article named so far, by `history`.
 */
export function withUnnamedForces(
  mentions: ActorMention[],
  tokens: Token[],
  gazetteer: Gazetteer,
  history: MentionHistory,
): ActorMention[] {
  let out = mentions;
  let state: string | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const length = forceNounAt(tokens, i);
    if (length === 0 || coversToken(out, i)) continue;
    if (!opensAgent(tokens, i)) continue;
    // "troops from Chad", "soldiers of the AU mission", "troops loyal to": the phrase goes on to say whose.
    if (/^(from|of|loyal|in)$/.test(tokens[i + length]?.lower ?? '')) continue;
    // Asked once per sentence, only when a force noun stands alone. A sentence naming a party of another state
    // ("Two soldiers were killed, Pakistan said") may be telling of that state's soldiers.
    if (state === undefined) state = soleForcesState(gazetteer, history);
    if (state && namesOtherState(out, state, gazetteer)) state = null;
    const actorId = state ? gazetteer.sectors.actorOf.get(`${state}|${MILITARY_SECTOR}`) : undefined;
    if (!actorId) return out;
    const end = i + length;
    const mention: ActorMention = {
      actorId,
      tokenStart: i,
      tokenEnd: end,
      start: tokens[i]!.start,
      end: tokens[end - 1]!.end,
      via: 'group',
    };
    out = [...out, mention].sort((a, b) => a.tokenStart - b.tokenStart);
    i = end - 1;
  }
  return out;
}

/**
 * Whether a mention covers token `t`. A function of its own, not an arrow in the loop over the tokens: an arrow
 * there that reads the loop's index makes V8 allocate a scope for every token of every sentence.
 */
export function coversToken(mentions: ActorMention[], t: number): boolean {
  for (const m of mentions) if (m.tokenStart <= t && m.tokenEnd > t) return true;
  return false;
}

/** The number of tokens of the force noun at `at` (any case: "Security forces" opens sentences), else 0. */
function forceNounAt(tokens: Token[], at: number): number {
  if (!FIRST_WORDS.has(tokens[at]!.lower)) return 0;
  for (const noun of FORCE_NOUNS) if (wordsAt(tokens, at, noun)) return noun.length;
  return 0;
}

/** Whether the phrase at `at`, past its openers and numbers, opens a sentence or follows an agent's word. */
function opensAgent(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (OPENERS.has(tokens[k]!.lower) || /^\d[\d,.]*$/.test(tokens[k]!.text))) k--;
  return k < 0 || BEFORE_AGENT.has(tokens[k]!.lower);
}

/** The one state whose forces the article named so far; null when it named none, or those of several states. */
function soleForcesState(gazetteer: Gazetteer, history: MentionHistory): string | null {
  let only: string | null = null;
  for (const id of history.recent) {
    const actor = gazetteer.actors.get(id);
    if (!actor?.affiliation) continue;
    const forces = FORCE_SECTORS.has(actor.sector ?? '') || gazetteer.militaryOf.get(actor.affiliation) === id;
    if (!forces || gazetteer.actors.get(actor.affiliation)?.kind !== 'state') continue;
    if (only !== null && only !== actor.affiliation) return null;
    only = actor.affiliation;
  }
  return only;
}

/** Whether a mention of the sentence is a state other than `state`, or a party of one. */
function namesOtherState(mentions: ActorMention[], state: string, gazetteer: Gazetteer): boolean {
  return mentions.some((m) => {
    const actor = gazetteer.actors.get(m.actorId);
    const side = actor?.kind === 'state' ? actor.id : actor?.affiliation;
    return side !== undefined && side !== null && side !== state && gazetteer.actors.get(side)?.kind === 'state';
  });
}
