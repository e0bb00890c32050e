import type { ActorMention } from '../actors/find-mentions.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import { heldPeopleAsStates } from './held-people.ts';
import type { Participant } from './participants.ts';

// A sanction's object is often a list of noun phrases, each a state's people, firms, goods or sectors with its
// demonym: "sanctioned two Turkish banks and an Emirati shipping firm", "targets Belarusian potash, Russian steel
// and a dozen tankers", "Russian, Iranian and North Korean entities". The participant finder joins names, not
// noun phrases, so only the first state was the target; each state the list names is sanctioned.

// Acts whose object may be such a list: sanctions, and attacks ("struck Russian oil depots and a Belarusian
// airfield", "attacks on a Liberian-flagged tanker and two British warships").
const LISTED_TYPES = new Set(['SANCTION', 'ASSAULT']);
// Words that join the members of a list.
const JOINERS = new Set([',', 'and', 'or']);
// Words that may open a member before its demonym: "a", "two", "dozens of", "three more", "several state-owned".
const MEMBER_OPENERS = 4;
// The longest list read, in tokens: a list of a dozen members is rare, and the walk costs only its own tokens.
const MAX_LIST = 40;
// Words that end the list: a reason, a purpose, a relative clause or a circumstance ("over", "that", "on Friday").
const LIST_ENDS = new Set(['that', 'which', 'who', 'whose', 'to', 'as', 'after', 'before', 'while', 'but']);

/**
 * Each SANCTION whose last target is followed by a list of noun phrases also targets the party of each later
 * member that names one (a demonym, a state or an organisation), mapped as the first member was (a state's firms
 * are the state, `held-people.ts`); the sanctioning side's own parties are left out. The list ends at a word of
 * another clause (a preposition but "of", a verb, a relative word) or at a member followed by a verb: "and Thai
 * officials welcomed it" is a new clause, not a member.
 */
export function withListedSanctionTargets(
  drafts: EventDraft[],
  mentions: ActorMention[],
  resources: PipelineResources,
): EventDraft[] {
  if (!drafts.some((d) => LISTED_TYPES.has(d.type) && d.target.length > 0)) return drafts;
  return drafts.map((d) => {
    if (!LISTED_TYPES.has(d.type) || d.target.length === 0) return d;
    const last = lastObjectMention(d, mentions);
    if (!last) return d;
    const members = laterMembers(last, d.tokens, mentions);
    if (members.length === 0) return d;
    const sideOf = (id: string) => resources.gazetteer.actors.get(id)?.affiliation ?? id;
    const own = new Set(d.source.map((p) => sideOf(p.actorId)));
    const added: Participant[] = members
      .filter((m) => !own.has(sideOf(m.actorId)))
      .map((m) => ({ actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via }));
    const target = heldPeopleAsStates(d.match, d.source, [...d.target, ...added], resources);
    return target.length > d.target.length ? { ...d, target } : d;
  });
}

/** The target mention after the trigger's first word (an object slot is inside the match) that ends last. */
function lastObjectMention(d: EventDraft, mentions: ActorMention[]): ActorMention | null {
  let last: ActorMention | null = null;
  for (const p of d.target) {
    const m = p.span ? mentions.find((x) => x.start === p.span!.start && x.end === p.span!.end) : undefined;
    if (m && m.tokenStart > d.match.tokenStart && (!last || m.tokenEnd > last.tokenEnd)) last = m;
  }
  return last;
}

/** The mentions that head the later members of the list going on after `first`. */
function laterMembers(first: ActorMention, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const found: ActorMention[] = [];
  const limit = Math.min(tokens.length, first.tokenEnd + MAX_LIST);
  let j = skipNounPhrase(tokens, first.tokenEnd, limit);
  while (j < limit && JOINERS.has(tokens[j]!.lower)) {
    let k = j + 1;
    // ", and": one joiner.
    if (tokens[j]!.text === ',' && (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or')) k++;
    const opened = k;
    while (k < opened + MEMBER_OPENERS && k < limit && !mentionAt(mentions, k) && isPhraseWord(tokens[k]!)) k++;
    const member = mentionAt(mentions, k);
    if (!member) {
      // "and a dozen tankers": a member naming no party; the list goes on after it.
      const end = skipNounPhrase(tokens, k, limit);
      if (end === opened || isVerb(tokens[end])) break;
      j = end;
      continue;
    }
    const end = skipNounPhrase(tokens, member.tokenEnd, limit);
    if (isVerb(tokens[end])) break;
    found.push(member);
    j = end;
  }
  return found;
}

function mentionAt(mentions: ActorMention[], at: number): ActorMention | undefined {
  return mentions.find((m) => m.tokenStart === at);
}

/** The token after the lower-case words that go on the noun phrase at `at` ("banks", "state-owned oil firms"). */
function skipNounPhrase(tokens: Token[], at: number, limit: number): number {
  let j = at;
  // "a Liberian-flagged tanker": a participle joined by a hyphen describes the noun, whatever its tag.
  while (
    j < limit &&
    (isPhraseWord(tokens[j]!) ||
      /^['’]s$/.test(tokens[j]!.text) ||
      (tokens[j - 1]?.text === '-' && tokens[j]!.isWord && !tokens[j]!.capitalised))
  )
    j++;
  return j;
}

/** A word inside a noun phrase: lower case, not a verb, a relative word or a preposition other than "of". */
function isPhraseWord(token: Token): boolean {
  if (token.text === '-') return true;
  if (!token.isWord || token.capitalised || JOINERS.has(token.lower) || LIST_ENDS.has(token.lower)) return false;
  if (isVerb(token)) return false;
  return token.pos !== 'ADP' || token.lower === 'of';
}

/**
 * A verb of a clause of its own; a form in -ing before a noun is mostly the noun's modifier ("shipping firm",
 * "mining companies"), which the tagger often reads as a verb.
 */
function isVerb(token: Token | undefined): boolean {
  if (token?.pos === 'AUX') return true;
  return token?.pos === 'VERB' && !token.lower.endsWith('ing');
}
