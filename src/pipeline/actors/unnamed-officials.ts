import type { PlaceMention } from '../places/find-places.ts';
import { type Token, wordsAt } from '../text/tokens.ts';
import type { ActorMention, MentionHistory } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { coversToken } from './unnamed-forces.ts';

// A government named without its state: "Officials in Kinshasa accused Rwanda", "authorities in Tehran arrested",
// "local officials in Kharkiv", and in a story about one state "The authorities arrested dozens of students". It is
// the state of the seat, state or place named after "in"; else the one state the article named so far, when the
// sentence does not name that state again nor a place of another (a report of one side's strike is often told by
// the side struck: "Russia launched drones. Officials accused Moscow"); else no one, as before.
const OFFICIAL_NOUNS: string[][] = [['government', 'officials'], ['officials'], ['authorities'], ['government']];
// The nouns' first words, asked of every token before the phrases are.
const FIRST_WORDS = new Set(OFFICIAL_NOUNS.map((noun) => noun[0]!));
// Words that may open the phrase: "the authorities", "senior officials", "local officials", "two officials".
const OPENERS = new Set([
  ...['the', 'some', 'several', 'many', 'other', 'senior', 'top', 'local', 'regional', 'provincial', 'federal'],
  ...['central', 'two', 'three', 'four', 'five'],
]);
// Words before the phrase where it is a clause's subject or a passive's agent (as in `unnamed-forces.ts`).
const BEFORE_AGENT = new Set([',', ';', 'and', 'but', 'by', 'with', 'between', 'against', 'where']);

/**
 * Each official noun of `OFFICIAL_NOUNS` that no mention covers, in a subject or agent's place, becomes a mention
 * of its state: the state after "in" (over the whole phrase, its own mention given way), else the article's one
 * state. "Government" alone needs "the" ("the government"); "government troops" are another rule's.
 */
export function withUnnamedOfficials(
  mentions: ActorMention[],
  places: PlaceMention[],
  tokens: Token[],
  gazetteer: Gazetteer,
  history: MentionHistory,
): ActorMention[] {
  let out = mentions;
  for (let i = 0; i < tokens.length; i++) {
    const length = officialNounAt(tokens, i);
    if (length === 0 || coversToken(out, i)) continue;
    const end = i + length;
    if (tokens[i]!.lower === 'government' && length === 1 && tokens[i - 1]?.lower !== 'the') continue;
    if (!opensAgent(tokens, i)) continue;
    const next = tokens[end]?.lower;
    if (next === 'of' || next === 'from') continue;
    const located = next === 'in' ? stateIn(tokens, end + 1, out, places, gazetteer) : null;
    if (next === 'in' && !located) continue;
    const stateId = located?.stateId ?? soleArticleState(out, places, gazetteer, history);
    if (!stateId) continue;
    const phraseEnd = located?.end ?? end;
    const mention: ActorMention = {
      actorId: stateId,
      tokenStart: i,
      tokenEnd: phraseEnd,
      start: tokens[i]!.start,
      end: tokens[phraseEnd - 1]!.end,
      via: 'group',
    };
    out = withMentionOver(out, mention);
    i = phraseEnd - 1;
  }
  return out;
}

/** The mentions outside the new mention's tokens, and the new mention, in token order. */
function withMentionOver(mentions: ActorMention[], mention: ActorMention): ActorMention[] {
  const kept = mentions.filter((m) => m.tokenEnd <= mention.tokenStart || m.tokenStart >= mention.tokenEnd);
  return [...kept, mention].sort((a, b) => a.tokenStart - b.tokenStart);
}

function officialNounAt(tokens: Token[], at: number): number {
  if (!FIRST_WORDS.has(tokens[at]!.lower)) return 0;
  for (const noun of OFFICIAL_NOUNS) if (wordsAt(tokens, at, noun)) return noun.length;
  return 0;
}

function opensAgent(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && OPENERS.has(tokens[k]!.lower)) k--;
  return k < 0 || BEFORE_AGENT.has(tokens[k]!.lower);
}

/** The state whose name or seat (a mention) or place starts at `from` ("the" allowed), and the token after it. */
function stateIn(
  tokens: Token[],
  from: number,
  mentions: ActorMention[],
  places: PlaceMention[],
  gazetteer: Gazetteer,
): { stateId: string; end: number } | null {
  const at = tokens[from]?.lower === 'the' ? from + 1 : from;
  const named = mentions.find((m) => m.tokenStart === at && m.via !== 'adjective');
  const actor = named ? gazetteer.actors.get(named.actorId) : undefined;
  if (named && actor?.kind === 'state') return { stateId: actor.id, end: named.tokenEnd };
  const place = places.find((p) => p.tokenStart === at);
  const state = place?.place.country?.toLowerCase();
  return place && state && gazetteer.actors.get(state)?.kind === 'state'
    ? { stateId: state, end: place.tokenEnd }
    : null;
}

/**
 * The one state the article named so far (itself or through its people), when the sentence does not name it
 * again (it is then another side's story: "Officials accused Moscow") nor a place of another state; null otherwise.
 * Another state the sentence names is the counterpart ("The government expelled two Croatian diplomats").
 */
function soleArticleState(
  mentions: ActorMention[],
  places: PlaceMention[],
  gazetteer: Gazetteer,
  history: MentionHistory,
): string | null {
  let only: string | null = null;
  // The history already holds the sentence's own mentions: the article so far is what came before them.
  const here = new Set(mentions.map((m) => m.actorId));
  for (const id of history.recent) {
    if (here.has(id)) continue;
    const state = stateOf(id, gazetteer);
    if (!state) continue;
    if (only !== null && only !== state) return null;
    only = state;
  }
  if (!only) return null;
  // "Officials accused Moscow of ...": a sentence naming the state itself tells of it from another side.
  if (mentions.some((m) => stateOf(m.actorId, gazetteer) === only)) return null;
  if (places.some((p) => p.place.country && p.place.country.toLowerCase() !== only)) return null;
  return only;
}

/** The state an actor is or stands for; null for others (organisations, armed groups, people of none). */
function stateOf(id: string, gazetteer: Gazetteer): string | null {
  const actor = gazetteer.actors.get(id);
  if (actor?.kind === 'state') return actor.id;
  const side = actor?.affiliation ? gazetteer.actors.get(actor.affiliation) : undefined;
  return side?.kind === 'state' ? side.id : null;
}
