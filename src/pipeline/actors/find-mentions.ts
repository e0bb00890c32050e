import { governingGroupOn } from './governing-groups.ts';
import type { Token } from '../text/tokens.ts';
import { type Gazetteer, holdsOffice, isActive, type PhraseMeaning, resolveRole, shortNameKey } from './gazetteer.ts';
import type { GazetteerActor, Office } from '../resources/resource-schemas.ts';
import {
  agentFrom,
  bareAgent,
  composeAgent,
  groupMembersEnd,
  startsBareAgent,
  GOVERNMENT_OFFICES,
  startsOfficeTitle,
  type AgentMatch,
} from './compose-agents.ts';
import { militaryThingEnd } from './military-things.ts';
import { describesNoun } from './military-modifiers.ts';
import { isNoNameAfterTitle } from './headline-titles.ts';
import { mergeOwnerTitleWithName } from './owner-titles.ts';
import { MILITARY_SECTOR } from './sector-agents.ts';
import { governmentForces, startsGovernmentForces } from './government-forces.ts';
import { seniorityOf } from './family-names.ts';
import { findIntroductions, type InferredPeople, newInferredPeople } from './infer-people.ts';
import { followsOtherGivenName } from './other-given-name.ts';
import { halfOfDividedState } from './divided-states.ts';
import { openingSetting, sceneAgent } from './opening-setting.ts';
import { withLoyalForces, withPersonsForces } from './loyal-forces.ts';
import { sharedOfficeTitle } from './shared-offices.ts';
import { stateNameBeforeTitledName } from './state-name-titles.ts';
import { countedDemonym, pluralDemonym } from './demonym-people.ts';
import { bodyAgentsEnd } from './body-agents.ts';

/** An actor named in a sentence, with the token range and how it was named. */
export type ActorMention = {
  actorId: string;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  via: 'name' | 'seat' | 'group' | 'role' | 'adjective';
  /** A person the gazetteer lacks, introduced by the article ("Azerbaijani President Ilham Aliyev"). */
  inferred?: GazetteerActor;
};

const TITLE_ONLY = '';

/**
 * "the Tanzanian president" on a day the gazetteer knows no holder for (its list has gaps): the state, as an
 * office of a state the gazetteer has no holders for at all is ("Belize's foreign minister", `composeAgent`).
 */
function vacantOfficeState(offices: Office[], of: string, gazetteer: Gazetteer): string | null {
  const state = gazetteer.actors.get(of.toLowerCase());
  return state?.kind === 'state' && offices.some((o) => GOVERNMENT_OFFICES.includes(o)) ? state.id : null;
}

const OWNER_PRONOUNS = new Set(['his', 'her']);

/** "his cabinet", "her government", "his troops": the agent of the state of the last person named in the sentence. */
function ownedAgent(tokens: Token[], at: number, mentions: ActorMention[], gazetteer: Gazetteer): AgentMatch | null {
  const person = mentions.findLast((m) => (gazetteer.actors.get(m.actorId) ?? m.inferred)?.kind === 'person');
  const state = person ? (gazetteer.actors.get(person.actorId) ?? person.inferred)?.affiliation : null;
  if (!state || gazetteer.actors.get(state)?.kind !== 'state') return null;
  // "his defence minister" is a person the role resolver finds, not the state.
  if (startsOfficeTitle(tokens, at + 1)) return null;
  return composeAgent(tokens, at + 1, state, gazetteer);
}

/** Titles too vague to stand alone as "the X" for a person. */
const VAGUE_BARE_TITLES = new Set(['leader', 'chief', 'head', 'PM', 'speaker', 'Speaker', 'side']);

/**
 * Memory of who was named so far in an article, for bare titles ("the prime minister"), and of the people
 * the article introduced that the gazetteer lacks (created on first use).
 */
export type MentionHistory = {
  recent: string[];
  /** How often the article named each actor so far: which armed group is its topic ("the rebels"). */
  timesNamed?: Map<string, number>;
  inferred?: InferredPeople;
  /** States the article named by their government ("Niger's military government"), newest last: "the junta". */
  governments?: string[];
};

/**
 * Finds gazetteer actors in a sentence's tokens: names, seats ("Damascus"), state groups
 * ("Qatari officials") and titles resolved through roles at the article's date ("the US president").
 */
export function findActorMentions(
  tokens: Token[],
  gazetteer: Gazetteer,
  isoDay: string | null,
  history: MentionHistory,
): ActorMention[] {
  const mentions: ActorMention[] = [];
  const people = (history.inferred ??= newInferredPeople());
  const introductions = new Map(findIntroductions(tokens, gazetteer, people).map((intro) => [intro.tokenStart, intro]));
  const setting = openingSetting(tokens, gazetteer);
  for (let i = 0; i < tokens.length;) {
    const intro = introductions.get(i);
    if (intro) {
      mentions.push(mentionOf(tokens, intro.actor.id, i, intro.tokenEnd, 'name', intro.actor));
      i = intro.tokenEnd;
      continue;
    }
    // "In Khartoum, the army ...", "In Kyiv, the president": a subject naming no state right after the scene is the scene's.
    const local = setting?.subjectStart === i ? sceneAgent(tokens, i, setting.stateId, gazetteer, isoDay) : null;
    if (local) {
      mentions.push(mentionOf(tokens, local.actorId, i, local.end, local.via));
      i = local.end;
      continue;
    }
    // "the South China Sea", "the Gulf of Oman": a place, though it holds a state's name.
    const landform = tokens[i]!.capitalised ? gazetteer.landforms.longestMatch(tokens, i) : null;
    if (landform) {
      i += landform.length;
      continue;
    }
    const found = tokens[i]!.isWord ? gazetteer.phrases.longestMatch(tokens, i) : null;
    // "Commerce Minister Wang Wentao ... Wang said": a name the article introduced outranks a gazetteer person
    // sharing it (Wang Yi).
    const own = found && people.actors.size > 0 ? introducedName(tokens, i, found.length, people) : null;
    if (own) {
      mentions.push(mentionOf(tokens, own.person.id, i, i + own.length, 'name', own.person));
      i += own.length;
      continue;
    }
    // "Kingston", "Georgetown": a seat other places share is its government only where the state is named.
    const seen =
      found && found.values.some((v) => v.kind === 'shared-seat')
        ? sharedSeat(found, (id) => namesState(id, mentions, history, gazetteer))
        : found;
    const match = seen?.values[0]?.kind === 'role' ? stateNameBeforeTitledName(seen, tokens, i, gazetteer) : seen;
    const half = match
      ? null
      : halfOfDividedState(tokens, i, gazetteer, (id) => namesState(id, mentions, history, gazetteer));
    if (half) {
      mentions.push(mentionOf(tokens, half.actorId, i - 1, half.end, 'name'));
      i = half.end;
      continue;
    }
    // "Netanyahu said his security cabinet had approved": a leader's own government or forces are the leader's state's.
    const owned = OWNER_PRONOUNS.has(tokens[i]!.lower) ? ownedAgent(tokens, i, mentions, gazetteer) : null;
    if (owned) {
      mentions.push(mentionOf(tokens, owned.actorId, i, owned.end, 'group'));
      i = owned.end;
      continue;
    }
    const from =
      tokens[i]!.isWord && (i === 0 || !tokens[i]!.capitalised)
        ? agentFrom(tokens, i, gazetteer, (state) => namesOtherMilitary(state, history, gazetteer))
        : null;
    if (from) {
      mentions.push(mentionOf(tokens, from.actorId, i, from.end, 'group'));
      i = from.end;
      continue;
    }
    // The look-ups are made only when the phrase opens here: most words are no such phrase.
    const forces =
      match || !startsGovernmentForces(tokens, i)
        ? null
        : governmentForces(
            tokens,
            i,
            gazetteer,
            () => history.governments?.at(-1) ?? null,
            () => latestNamed(gazetteer, history, isState)?.id ?? null,
          );
    if (forces) {
      mentions.push(mentionOf(tokens, forces.actorId, i, forces.end, 'group'));
      i = forces.end;
      continue;
    }
    // "nine Ukrainians", "dozens of Afghans": the people of a state; "North Koreans" uncounted, the state.
    const plural = tokens[i]!.capitalised ? pluralDemonym(tokens, i, gazetteer, match) : null;
    if (plural) {
      mentions.push(mentionOf(tokens, plural.actorId, i, plural.end, 'group'));
      i = plural.end;
      continue;
    }
    if (!match) {
      const named = tokens[i]!.capitalised ? people.names.longestMatch(tokens, i) : null;
      const person = named ? people.actors.get(named.values[0]!) : undefined;
      // The state an agent noun stands for is looked up only when one is found (the look-ups are made only
      // then too: a named closure made for every sentence costs about a microsecond under tsx).
      const bare =
        person || !tokens[i]!.isWord || !startsBareAgent(tokens, i, gazetteer)
          ? null
          : bareAgent(
              tokens,
              i,
              gazetteer,
              () => latestNamed(gazetteer, history, isState)?.id ?? null,
              // "its police": the sentence's first state, usually its topic, else the one the article named last.
              () => mentions.find((m) => isState(gazetteer.actors.get(m.actorId)))?.actorId ?? null,
              () => history.governments?.at(-1) ?? null,
              () => mostNamed(gazetteer, history, (actor) => actor.kind === 'armed-group'),
            );
      if (person) mentions.push(mentionOf(tokens, person.id, i, i + named!.length, 'name', person));
      else if (bare) mentions.push(mentionOf(tokens, bare.actorId, i, bare.end, 'group'));
      i = person ? i + named!.length : (bare?.end ?? i + 1);
      continue;
    }
    if (
      match.length === 1 &&
      isOneWordName(match.values) &&
      followsOtherGivenName(tokens, i, namedActors(match.values, gazetteer))
    ) {
      i++;
      continue;
    }
    // "the UN envoy", "the UN envoy for Libya": an office many hold at once, with the words of its post.
    const shared =
      match.values[0]!.kind === 'role'
        ? sharedOfficeTitle(match.values, tokens, i, i + match.length, gazetteer, isoDay, [
            ...history.recent,
            ...mentions.map((m) => m.actorId),
          ])
        : null;
    const end = shared?.end ?? i + match.length;
    // A bare title that resolves to no one may still introduce a name ("Vice President J.D. Vance").
    const chosen =
      (shared
        ? shared.actorId
        : chooseActor(match.values, gazetteer, isoDay, history, tokens, i, mentions, match.length)) ??
      (match.values[0]!.kind === 'role' ? TITLE_ONLY : null);
    const meaning = match.values[0]!;
    // "Kabul", "the Afghan government" after August 2021: the group that governs the state de facto.
    const actorId =
      chosen && (meaning.kind === 'seat' || meaning.kind === 'shared-seat' || meaning.kind === 'group')
        ? (governingGroupOn(gazetteer.governingGroups, chosen, isoDay) ?? chosen)
        : chosen;
    const thing = meaning.kind === 'group' && actorId ? militaryThingOf(actorId, tokens, i, end, gazetteer) : null;
    if (thing) {
      mentions.push(mentionOf(tokens, thing.actorId, i, thing.end, 'group'));
      i = thing.end;
      continue;
    }
    const agent =
      actorId && (meaning.kind === 'adjective' || meaning.kind === 'name') && isState(gazetteer.actors.get(actorId))
        ? composeAgent(tokens, end, actorId, gazetteer)
        : null;
    if (agent && agent.actorId === actorId && namesGovernment(tokens, end, agent.end))
      rememberGovernment(history, actorId);
    const members = !agent && actorId ? membersOfGroup(tokens, end, actorId, meaning, gazetteer) : null;
    // "30 Sudanese", "dozens of Congolese": a counted demonym with no noun is the state's people.
    const counted =
      !agent && meaning.kind === 'adjective' && actorId && isState(gazetteer.actors.get(actorId))
        ? countedDemonym(tokens, i, end, actorId, gazetteer)
        : null;
    if (counted) mentions.push(mentionOf(tokens, counted, i, end, 'group'));
    else if (agent) mentions.push(mentionOf(tokens, agent.actorId, i, agent.end, 'group'));
    else if (members !== null) mentions.push(mentionOf(tokens, actorId!, i, members, 'group'));
    else if (actorId !== null)
      mentions.push(
        mentionOf(
          tokens,
          actorId,
          i,
          end,
          meaning.kind === 'military' || meaning.kind === 'organisation-anaphor' || meaning.kind === 'bloc-anaphor'
            ? 'group'
            : meaning.kind === 'shared-seat'
              ? 'seat'
              : meaning.kind,
        ),
      );
    i = agent?.end ?? members ?? end;
  }
  const titled = mergeTitleWithName(withSharedHeads(mentions, tokens, gazetteer), tokens);
  const merged = withLoyalForces(
    withPersonsForces(
      mergeOwnerTitleWithName(titled, tokens, gazetteer).filter((m) => m.actorId !== TITLE_ONLY),
      tokens,
      gazetteer,
    ),
    tokens,
    gazetteer,
  );
  for (const m of merged) if (!isVenueSeat(m, tokens)) remember(history, m.actorId);
  return merged;
}

const VENUE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * "resumed talks in Caracas": a capital after "in" or "at" is where something happens. The article has not named
 * its state as a party, so a later "the army" or "officials" is not that state's.
 */
function isVenueSeat(mention: ActorMention, tokens: Token[]): boolean {
  return mention.via === 'seat' && VENUE_PREPOSITIONS.has(tokens[mention.tokenStart - 1]?.lower ?? '');
}

/** "Houthi gunmen", "RSF fighters": the end of the fighters' noun after an armed group's name or adjective. */
function membersOfGroup(
  tokens: Token[],
  end: number,
  actorId: string,
  meaning: PhraseMeaning,
  gazetteer: Gazetteer,
): number | null {
  if (meaning.kind !== 'name' && meaning.kind !== 'adjective') return null;
  // "Hamas negotiators", "EU diplomats": the body acting through its officials.
  const officials = bodyAgentsEnd(tokens, end, actorId, gazetteer);
  if (officials !== null) return officials;
  if (gazetteer.actors.get(actorId)?.kind !== 'armed-group') return null;
  return groupMembersEnd(tokens, end, gazetteer);
}

/** A mention of an actor over tokens [from, to), with its character offsets. */
function mentionOf(
  tokens: Token[],
  actorId: string,
  from: number,
  to: number,
  via: ActorMention['via'],
  inferred?: GazetteerActor,
): ActorMention {
  return {
    actorId,
    tokenStart: from,
    tokenEnd: to,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    via,
    ...(inferred ? { inferred } : {}),
  };
}

/**
 * "Thai military positions", "the Pakistani army's bases" read as a composed military ("Thai military") and
 * a thing of it: the thing stands for the state, as its equipment does in `composeAgent`.
 */
function militaryThingOf(
  actorId: string,
  tokens: Token[],
  from: number,
  end: number,
  gazetteer: Gazetteer,
): AgentMatch | null {
  const thing = militaryThingEnd(tokens, from, end);
  if (thing === null) return null;
  const military = gazetteer.actors.get(actorId);
  if (military?.sector === MILITARY_SECTOR && military.affiliation)
    return { actorId: military.affiliation, end: thing };
  // A state's own armed forces in the gazetteer (the IDF for "Israeli military") carry no sector.
  for (const [state, own] of gazetteer.militaryOf) if (own === actorId) return { actorId: state, end: thing };
  return null;
}

/**
 * "Thai and Cambodian troops", "the Russian and American delegations": demonyms joined by "and", "or" or a
 * comma share the agent noun after the last one, so each is composed with it as the last one was.
 */
function withSharedHeads(mentions: ActorMention[], tokens: Token[], gazetteer: Gazetteer): ActorMention[] {
  const out = [...mentions];
  let head: Token[] | null = null;
  for (let i = out.length - 2; i >= 0; i--) {
    const m = out[i]!;
    const next = out[i + 1]!;
    const between = tokens.slice(m.tokenEnd, next.tokenStart).map((t) => t.lower);
    const joined = between.length === 1 && ['and', 'or', ','].includes(between[0]!);
    // The head noun is the words of the last group after its demonym; it carries along the chain.
    head = joined ? (head ?? headNoun(next, tokens, gazetteer)) : null;
    if (!head || m.via !== 'adjective' || !isState(gazetteer.actors.get(m.actorId))) {
      if (m.via !== 'adjective') head = null;
      continue;
    }
    const actorId = withHead(m, head, tokens, gazetteer);
    if (actorId) out[i] = { ...m, actorId, via: 'group' };
    else head = null;
  }
  return out;
}

/** "American delegations" -> the tokens of "delegations": a group mention's words after its demonym. */
function headNoun(group: ActorMention, tokens: Token[], gazetteer: Gazetteer): Token[] | null {
  if (group.via !== 'group') return null;
  const demonym = gazetteer.phrases
    .matchesAt(tokens, group.tokenStart)
    .find((match) => match.values.some((v) => v.kind === 'adjective'));
  if (!demonym || group.tokenStart + demonym.length >= group.tokenEnd) return null;
  return tokens.slice(group.tokenStart + demonym.length, group.tokenEnd);
}

/** The actor a demonym names with a head noun: a gazetteer phrase ("Israeli forces") or a composed agent. */
function withHead(m: ActorMention, head: Token[], tokens: Token[], gazetteer: Gazetteer): string | null {
  const phrase = [...tokens.slice(m.tokenStart, m.tokenEnd), ...head];
  const whole = gazetteer.phrases.longestMatch(phrase, 0);
  if (whole?.length === phrase.length) {
    const named = whole.values.find((v) => 'actorId' in v);
    if (named && 'actorId' in named) return named.actorId;
  }
  const agent = composeAgent(phrase, m.tokenEnd - m.tokenStart, m.actorId, gazetteer);
  return agent && agent.end === phrase.length ? agent.actorId : null;
}

function chooseActor(
  values: ReturnType<Gazetteer['phrases']['longestMatch']> extends infer R
    ? R extends { values: infer V }
      ? V
      : never
    : never,
  gazetteer: Gazetteer,
  isoDay: string | null,
  history: MentionHistory,
  tokens: Token[],
  at: number,
  sentenceSoFar: ActorMention[],
  phraseLength = 1,
): string | null {
  const direct = values.filter((v) => 'actorId' in v) as { actorId: string }[];
  if (direct.length === 1) return direct[0]!.actorId;
  if (direct.length > 1)
    return preferActive(
      wholeNamesFirst(
        direct.map((d) => d.actorId),
        gazetteer,
        history,
        tokens.slice(at, at + phraseLength).map((t) => t.text),
      ),
      gazetteer,
      isoDay,
      history,
    );
  if (values.some((v) => v.kind === 'military'))
    return resolveBareMilitary(gazetteer, history, tokens, at, sentenceSoFar);
  if (values.some((v) => v.kind === 'organisation-anaphor'))
    return resolveOrganisationAnaphor(gazetteer, history, tokens, at);
  if (values.some((v) => v.kind === 'bloc-anaphor')) return resolveBlocAnaphor(gazetteer, history, tokens, at);
  const role = values.find((v) => v.kind === 'role');
  if (!role || role.kind !== 'role') return null;
  if (role.of !== null)
    return (
      holderOf(role.offices, role.of, gazetteer, isoDay, history) ?? vacantOfficeState(role.offices, role.of, gazetteer)
    );
  if (POSSESSIVE_PRONOUNS.has(tokens[at - 1]?.lower ?? ''))
    return resolveOwnTitle(role.offices, gazetteer, isoDay, history, sentenceSoFar);
  return resolveBareTitle(role.offices, gazetteer, isoDay, history, tokens, at);
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * "Zelensky sent his defence minister", "Ankara and its foreign minister": the office of the state (or
 * group) of the person or state named last, in this sentence first.
 */
function resolveOwnTitle(
  offices: Office[],
  gazetteer: Gazetteer,
  isoDay: string | null,
  history: MentionHistory,
  sentenceSoFar: ActorMention[],
): string | null {
  const owns = (a: GazetteerActor | undefined) =>
    a !== undefined && (a.kind === 'person' || a.kind === 'state' || a.kind === 'armed-group');
  const inSentence = sentenceSoFar.findLast((m) => owns(gazetteer.actors.get(m.actorId) ?? m.inferred));
  const owner = inSentence
    ? (gazetteer.actors.get(inSentence.actorId) ?? inSentence.inferred)
    : latestNamed(gazetteer, history, owns);
  if (!owner) return null;
  const of = owner.kind === 'armed-group' ? owner.id : owner.country;
  return of ? holderOf(offices, of, gazetteer, isoDay, history) : null;
}

/**
 * Who holds a state's (or body's) office on a day: the only holder; when several hold it at once (a state's
 * envoys, the UN's special envoys), the one the article named last, else none of them but the state or body
 * they serve: "the American envoy" is not whichever envoy the gazetteer lists first.
 */
function holderOf(
  offices: Office[],
  of: string,
  gazetteer: Gazetteer,
  isoDay: string | null,
  history: MentionHistory,
): string | null {
  const ids = resolveRole(gazetteer, offices, of, isoDay);
  if (ids.length <= 1) return ids[0] ?? null;
  const named = latestNamed(gazetteer, history, (a) => ids.includes(a.id));
  return named?.id ?? gazetteer.actors.get(of.toLowerCase())?.id ?? null;
}

/**
 * "the military": the armed forces of the state the sentence's parties so far stand for ("Prime Minister Sharif
 * ordered the army to"), else of the state last named in the article.
 */
function resolveBareMilitary(
  gazetteer: Gazetteer,
  history: MentionHistory,
  tokens: Token[],
  at: number,
  sentenceSoFar: ActorMention[],
): string | null {
  // "pulled out of the military agreement with Seoul": an adjective before what is agreed, no party.
  if (tokens[at - 1]?.lower !== 'the' || describesNoun(tokens, at)) return null;
  const stateId =
    soleStateSoFar(gazetteer, history, sentenceSoFar) ?? latestNamed(gazetteer, history, (a) => a.kind === 'state')?.id;
  // As "the Colombian army" is: the state's own forces in the gazetteer, else its composed military.
  return stateId
    ? (gazetteer.militaryOf.get(stateId) ?? gazetteer.sectors.actorOf.get(`${stateId}|${MILITARY_SECTOR}`) ?? stateId)
    : null;
}

/**
 * The one state the parties named so far in the sentence are or stand for (a state, or a person or agent of
 * one); null when they stand for none or for several ("Modi spoke with Sharif, who ... ordered the army").
 */
function soleStateSoFar(gazetteer: Gazetteer, history: MentionHistory, sentenceSoFar: ActorMention[]): string | null {
  let only: string | null = null;
  for (const m of sentenceSoFar) {
    // "said an Indian incursion could come and that the army ...": a demonym describing a thing names no party.
    if (m.actorId === TITLE_ONLY || m.via === 'adjective') continue;
    const actor = gazetteer.actors.get(m.actorId) ?? history.inferred?.actors.get(m.actorId);
    const stateId = actor?.kind === 'state' ? actor.id : actor?.affiliation;
    if (!stateId || gazetteer.actors.get(stateId)?.kind !== 'state' || (only !== null && only !== stateId)) return null;
    only = stateId;
  }
  return only;
}

/** "the terrorist group", "the organization": the armed group or organisation named last, if "the" opens the phrase. */
function resolveOrganisationAnaphor(
  gazetteer: Gazetteer,
  history: MentionHistory,
  tokens: Token[],
  at: number,
): string | null {
  let j = at - 1;
  while (j >= at - 3 && j >= 0 && /^\p{Ll}+$/u.test(tokens[j]!.text) && tokens[j]!.lower !== 'the') j--;
  if (tokens[j]?.lower !== 'the') return null;
  // A composed agent ("the police", "Malian soldiers") is no organisation a text calls "the group".
  const named = (a: GazetteerActor) => (a.kind === 'armed-group' || a.kind === 'organization') && !a.sector;
  return latestNamed(gazetteer, history, named)?.id ?? null;
}

/**
 * Words that may stand between "the" and "bloc" or "alliance" when they name an intergovernmental one: its
 * reach or purpose, or its count of members ("the 27-nation bloc"). Any other word names another kind of bloc
 * ("the opposition bloc", "the ruling alliance"), which is nobody's organisation here.
 */
const BLOC_QUALIFIERS = new Set(['regional', 'economic', 'trade', 'military', 'security', 'defence', 'defense']);
const MEMBER_NOUNS = new Set(['nation', 'member', 'country', 'state']);

/** "the bloc", "the regional bloc", "the 27-nation bloc", "the alliance": the intergovernmental organisation named last. */
function resolveBlocAnaphor(gazetteer: Gazetteer, history: MentionHistory, tokens: Token[], at: number): string | null {
  let j = at - 1;
  // A count of members comes as three tokens: "27", "-", "nation".
  if (
    MEMBER_NOUNS.has(tokens[j]?.lower ?? '') &&
    tokens[j - 1]?.text === '-' &&
    /^\d+$/.test(tokens[j - 2]?.text ?? '')
  )
    j -= 3;
  while (j >= at - 3 && j >= 0 && BLOC_QUALIFIERS.has(tokens[j]!.lower)) j--;
  if (tokens[j]?.lower !== 'the') return null;
  return latestNamed(gazetteer, history, (a) => a.kind === 'igo')?.id ?? null;
}

/** "the prime minister": the latest actor named in the article who holds that office at the date. */
function resolveBareTitle(
  offices: Office[],
  gazetteer: Gazetteer,
  isoDay: string | null,
  history: MentionHistory,
  tokens: Token[],
  at: number,
): string | null {
  const previous = tokens[at - 1]?.lower;
  if (previous !== 'the' || VAGUE_BARE_TITLES.has(tokens[at]!.text)) return null;
  return latestNamed(gazetteer, history, (a) => holdsOffice(a, offices, isoDay))?.id ?? null;
}

const isState = (actor: GazetteerActor | undefined): boolean => actor?.kind === 'state';

const GOVERNMENT_NOUNS = new Set(['government', 'junta', 'regime', 'administration', 'authorities', 'cabinet']);

/** "Niger's military government", not "the French ambassador": the words after the state name a government. */
function namesGovernment(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (GOVERNMENT_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A government noun after a state ("Niger's junta") composes to the state itself; "the junta" may point back to it. */
function rememberGovernment(history: MentionHistory, stateId: string): void {
  const governments = (history.governments ??= []);
  if (governments.at(-1) !== stateId) governments.push(stateId);
  if (governments.length > 8) governments.shift();
}

type PhraseMatch = NonNullable<ReturnType<Gazetteer['phrases']['longestMatch']>>;

/**
 * A match holding shared seats: each read as a seat of its state when the article names that state, dropped
 * otherwise; the match's other meanings (a person's name) stay. Null when nothing is left.
 */
function sharedSeat(match: PhraseMatch, named: (stateId: string) => boolean): PhraseMatch | null {
  const values: PhraseMeaning[] = [];
  for (const meaning of match.values) {
    if (meaning.kind !== 'shared-seat') values.push(meaning);
    else if (named(meaning.actorId)) values.push({ kind: 'seat', actorId: meaning.actorId });
  }
  return values.length > 0 ? { ...match, values } : null;
}

/** Whether the sentence so far or the article's recent actors name a state, itself or through its people. */
function namesState(stateId: string, mentions: ActorMention[], history: MentionHistory, gazetteer: Gazetteer): boolean {
  const ofState = (id: string) => id === stateId || gazetteer.actors.get(id)?.affiliation === stateId;
  return mentions.some((m) => ofState(m.actorId)) || history.recent.some(ofState);
}

/** Whether the article's recent actors include the armed forces of a state other than `stateId`. */
function namesOtherMilitary(stateId: string, history: MentionHistory, gazetteer: Gazetteer): boolean {
  return history.recent.some((id) => {
    const actor = gazetteer.actors.get(id);
    if (actor?.sector === MILITARY_SECTOR) return actor.affiliation !== stateId;
    for (const [state, own] of gazetteer.militaryOf) if (own === id) return state !== stateId;
    return false;
  });
}

/** The actor named most recently in the article that passes `test`. */
function latestNamed(
  gazetteer: Gazetteer,
  history: MentionHistory,
  test: (actor: GazetteerActor) => boolean,
): GazetteerActor | null {
  for (let i = history.recent.length - 1; i >= 0; i--) {
    const id = history.recent[i]!;
    const actor = gazetteer.actors.get(id) ?? history.inferred?.actors.get(id);
    if (actor && test(actor)) return actor;
  }
  return null;
}

/** The recent actor passing `test` the article named most often, the later of two named as often. */
function mostNamed(
  gazetteer: Gazetteer,
  history: MentionHistory,
  test: (actor: GazetteerActor) => boolean,
): string | null {
  let best: string | null = null;
  let bestTimes = 0;
  for (const id of history.recent) {
    const actor = gazetteer.actors.get(id);
    const times = history.timesNamed?.get(id) ?? 0;
    if (actor && test(actor) && times >= bestTimes) [best, bestTimes] = [id, times];
  }
  return best;
}

/**
 * "Wagner fighters": a phrase that is one actor's whole name or alias and only another's surname names the
 * first, unless the article named the other already (then `preferActive` picks it).
 */
function wholeNamesFirst(ids: string[], gazetteer: Gazetteer, history: MentionHistory, words: string[]): string[] {
  if (ids.some((id) => history.recent.includes(id))) return ids;
  const whole = ids.filter((id) => !gazetteer.shortNames.has(shortNameKey(id, words)));
  return whole.length > 0 ? whole : ids;
}

/**
 * An alias shared by several actors: the one the article already named, else the one holding the most senior
 * office at the date ("Kim" in 2019 is the leader, not a minister of the same name).
 */
function preferActive(ids: string[], gazetteer: Gazetteer, isoDay: string | null, history: MentionHistory): string {
  const recent = ids.find((id) => history.recent.includes(id));
  if (recent) return recent;
  let best: string | null = null;
  let bestRank = 0;
  for (const id of ids) {
    const rank = isoDay === null ? 0 : activeSeniority(gazetteer.actors.get(id), isoDay);
    if (rank > bestRank) [best, bestRank] = [id, rank];
  }
  return best ?? ids[0]!;
}

/** The seniority of the most senior office an actor holds on a day; 0 when it holds none. */
function activeSeniority(actor: GazetteerActor | undefined, isoDay: string): number {
  let rank = 0;
  for (const role of actor?.roles ?? []) if (isActive(role, isoDay)) rank = Math.max(rank, seniorityOf(role.office));
  return rank;
}

/** "Israeli Prime Minister Benjamin Netanyahu" is one mention of the named person. */
function mergeTitleWithName(mentions: ActorMention[], tokens: Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  const startsAt = new Set(mentions.map((m) => m.tokenStart));
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && prev.via === 'role' && m.via === 'name' && prev.tokenEnd === m.tokenStart) {
      // The title names a role; the name that follows names the person, whoever holds the role today.
      out[out.length - 1] = { ...m, tokenStart: prev.tokenStart, start: prev.start };
      continue;
    }
    // A role title that stands directly before an unknown capitalised name is that person, not the holder.
    if (m.via === 'role' && !startsAt.has(m.tokenEnd) && nextIsUnknownName(tokens, m.tokenEnd)) continue;
    out.push(m);
  }
  return out;
}

function nextIsUnknownName(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  return (
    next !== undefined &&
    next.capitalised &&
    next.isWord &&
    !COMMON_CAPITALISED.has(next.text) &&
    !isNoNameAfterTitle(tokens, at)
  );
}

const COMMON_CAPITALISED = new Set(['The', 'On', 'In', 'At', 'And', 'But', 'He', 'She', 'It', 'They', 'This']);

function remember(history: MentionHistory, actorId: string): void {
  history.timesNamed ??= new Map();
  history.timesNamed.set(actorId, (history.timesNamed.get(actorId) ?? 0) + 1);
  const at = history.recent.lastIndexOf(actorId);
  if (at >= 0) history.recent.splice(at, 1);
  history.recent.push(actorId);
  if (history.recent.length > 30) history.recent.shift();
}

/** Every meaning of a one-word match is a person's name (a surname standing alone). */
function isOneWordName(values: readonly PhraseMeaning[]): boolean {
  return values.every((v) => v.kind === 'name');
}

function namedActors(values: readonly PhraseMeaning[], gazetteer: Gazetteer): (GazetteerActor | undefined)[] {
  return values.map((v) => (v.kind === 'name' ? gazetteer.actors.get(v.actorId) : undefined));
}

/** The person the article introduced whose name starts at token `at`, as long as the gazetteer's match there or longer. */
function introducedName(
  tokens: Token[],
  at: number,
  knownLength: number,
  people: InferredPeople,
): { person: GazetteerActor; length: number } | null {
  if (!tokens[at]!.capitalised) return null;
  const named = people.names.longestMatch(tokens, at);
  if (!named || named.length < knownLength) return null;
  const person = people.actors.get(named.values[0]!);
  return person ? { person, length: named.length } : null;
}
