import { phraseTokens, type Token } from '../text/tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import { militaryThingEnd } from './military-things.ts';
import { caseVariants, GOVERNMENT_NOUNS, OFFICE_TITLES } from './office-titles.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { type Office, OFFICES } from '../resources/resource-schemas.ts';
import { GOVERNMENT_SECTOR, MILITARY_SECTOR } from './sector-agents.ts';
import { bodyFrom } from './body-agents.ts';

/** A generic agent found in text: the actor it stands for and the token just after it. */
export type AgentMatch = { actorId: string; end: number };

/**
 * "Pakistani military", "Thai police", "Pakistan's riot police": a generic agent noun right after a
 * state's demonym or name (and its possessive) is that state's sector actor; a government noun, or a
 * military's equipment or places ("a US destroyer"), is the state itself.
 */
export function composeAgent(tokens: Token[], at: number, stateId: string, gazetteer: Gazetteer): AgentMatch | null {
  const from = /^['’]s$/.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const match = gazetteer.sectors.forms.longestMatch(tokens, from);
  // "Israel's security cabinet", "the Thai negotiating team": a government noun the sector forms lack.
  const noun = governmentNouns().longestMatch(tokens, from);
  if (noun && noun.length > (match?.length ?? 0)) return { actorId: stateId, end: from + noun.length };
  if (!match) return unknownOfficial(tokens, from, stateId);
  const sector = match.values[0]!;
  // "Indian fighter jets", "Thai military positions": a military's equipment or places stand for its state.
  const thing = sector === MILITARY_SECTOR ? militaryThingEnd(tokens, from, from + match.length) : null;
  if (thing !== null) return { actorId: stateId, end: thing };
  const actorId = sector === GOVERNMENT_SECTOR ? stateId : gazetteer.sectors.actorOf.get(`${stateId}|${sector}`);
  return actorId ? { actorId, end: from + match.length } : null;
}

// Offices whose holder acts for the state's government: every office but those of other sectors. Speakers,
// opposition leaders and army or spy chiefs act for other sectors; a secretary-general heads an organisation,
// not a state; a minister of no named portfolio is not taken as speaking for the government.
const OTHER_SECTOR_OFFICES = new Set<Office>([
  'speaker',
  'opposition-leader',
  'military-chief',
  'intelligence-chief',
  'secretary-general',
  'other-minister',
]);
export const GOVERNMENT_OFFICES: Office[] = OFFICES.filter((office) => !OTHER_SECTOR_OFFICES.has(office));

let officeTitles: PhraseTrie<true> | null = null;
let governmentNounTrie: PhraseTrie<string> | null = null;

/** "officials", "a delegation", "negotiators": nouns for a state's government, as sector forms are for sectors. */
function governmentNouns(): PhraseTrie<string> {
  if (governmentNounTrie) return governmentNounTrie;
  governmentNounTrie = new PhraseTrie<string>();
  for (const noun of GOVERNMENT_NOUNS) governmentNounTrie.add(phraseTokens(noun), GOVERNMENT_SECTOR);
  return governmentNounTrie;
}

function governmentTitles(): PhraseTrie<true> {
  if (officeTitles) return officeTitles;
  officeTitles = new PhraseTrie<true>();
  for (const office of GOVERNMENT_OFFICES)
    for (const title of OFFICE_TITLES[office])
      for (const variant of caseVariants(title)) officeTitles.add(phraseTokens(variant), true);
  return officeTitles;
}

/** Whether a title of a government office starts at `at` ("defence minister"): a person, not a body. */
export function startsOfficeTitle(tokens: Token[], at: number): boolean {
  return governmentTitles().longestMatch(tokens, at) !== null;
}

/**
 * "Belize's foreign minister", "the Guyanese president": a state's office whose holder the gazetteer does not
 * know (the role resolver matched it first otherwise) is the state, as PLOVER codes an unnamed official of a
 * government. A title before a capitalised word ("Guyanese President Irfaan Ali") introduces a person instead.
 */
function unknownOfficial(tokens: Token[], from: number, stateId: string): AgentMatch | null {
  const title = governmentTitles().longestMatch(tokens, from);
  if (!title) return null;
  const end = from + title.length;
  const next = tokens[end];
  if (next?.isWord && next.capitalised) return null;
  return { actorId: stateId, end };
}

/**
 * "protesters", "police", "rebels" with no state before them: the sector of the state named right after
 * ("rebels in Mali"), of the state the article named last when "the" points back to it ("the police"), of the
 * sentence's first state for "its"/"their" ("Kenya denied that its police ..."), else the sector with no state.
 * A government noun ("the junta", "the regime") is a state, never a sector without one.
 */
export function bareAgent(
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
  lastState: () => string | null,
  ownState?: () => string | null,
  lastGovernment?: () => string | null,
  lastArmedGroup?: () => string | null,
): AgentMatch | null {
  const match = gazetteer.sectors.bare.longestMatch(tokens, at);
  if (!match) return null;
  const sector = match.values[0]!;
  const end = at + match.length;
  // "the former police officer Jimmy Cherizier", "a police chief": one person's description, not the force.
  if (PERSON_HEADS.has(tokens[end]?.lower ?? '')) return null;
  // Asked only when a bare noun matched: looking back through the article for every word would cost.
  const before = tokens[at - 1]?.lower;
  const after = stateAfter(tokens, end, gazetteer);
  // "suspended talks with the ELN ... The rebels attacked": "the rebels" points back to the armed group the
  // article named, not to the fighters of the state it named last ("near the border with Venezuela").
  const group = !after && before === 'the' && ARMED_SECTORS.has(sector) ? lastArmedGroup?.() : null;
  if (group) return { actorId: group, end };
  // "Israel struck the militants": fighters of no named group are not the fighters of the state named last.
  if (sector === MILITANTS_SECTOR && !after) return null;
  // "the police", "the opposition": the state the article named last, else the sentence's first state ("Georgia's
  // government bowed to the opposition's demands" opening an article).
  const state =
    after ??
    (before === 'the'
      ? (lastState() ?? ownState?.() ?? null)
      : before === 'its' || before === 'their'
        ? (ownState?.() ?? lastState())
        : null);
  if (sector === GOVERNMENT_SECTOR) {
    // "the junta" is the state whose junta the article named, else the state named last.
    const government = before === 'the' ? (lastGovernment?.() ?? state) : state;
    return government ? { actorId: government, end } : null;
  }
  const ofState = state ? gazetteer.sectors.actorOf.get(`${state}|${sector}`) : undefined;
  const actorId = ofState ?? sector;
  return gazetteer.actors.has(actorId) ? { actorId, end } : null;
}

// Singular nouns for one person that a bare agent noun may describe ("police officer", "rebel commander").
const PERSON_HEADS = new Set([
  ...['officer', 'chief', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'leader'],
  // "opposition figure Maria Corina Machado", "an opposition lawmaker".
  ...['figure', 'politician', 'candidate', 'lawmaker', 'activist', 'member', 'mp'],
]);

/** Sectors of fighters outside a state's forces, which an armed group the article named may be. */
const MILITANTS_SECTOR = 'militants';
const ARMED_SECTORS = new Set(['rebels', MILITANTS_SECTOR]);

/**
 * "Troops from Chad", "officials from Oman", "a delegation from Kyiv": an agent noun followed by "from" and a
 * state (its name or seat) is that state's sector actor, as "Chadian troops" is; a government noun is the state.
 * "Soldiers in Gabon", "a group of soldiers in Niger": a military noun followed by "in" and a state, opening a
 * clause or after a passive's "by", is that state's military too, unless the article named another state's
 * military before (`otherMilitaryNamed`): then "troops in Syria" are as likely those troops stationed there.
 */
export function agentFrom(
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
  otherMilitaryNamed?: (stateId: string) => boolean,
): AgentMatch | null {
  if (!opensSubjectOrAgent(tokens, at)) return null;
  // A sentence's first word is capitalised for being first ("Troops from Chad ..."); the forms are lower case.
  const words = tokens[at]!.capitalised ? [{ text: tokens[at]!.lower }, ...tokens.slice(at + 1, at + 6)] : null;
  const match =
    (words ? gazetteer.sectors.forms.longestMatch(words, 0) : gazetteer.sectors.forms.longestMatch(tokens, at)) ??
    governmentNouns().longestMatch(words ?? tokens, words ? 0 : at);
  if (!match) return null;
  const nounEnd = at + match.length;
  const preposition = tokens[nounEnd]?.lower;
  const sector = match.values[0]!;
  const inState = preposition === 'in' && sector === MILITARY_SECTOR && opensClauseOrAgent(tokens, at);
  if (preposition !== 'from' && !inState) return null;
  const from = tokens[nounEnd + 1]?.lower === 'the' ? nounEnd + 2 : nounEnd + 1;
  const state = stateNamedAt(tokens, from, gazetteer);
  // "a delegation from Hamas", "officials from the EU": the body's own people (`body-agents.ts`).
  if (!state) return inState ? null : bodyFrom(tokens, from, sector, gazetteer);
  if (inState && otherMilitaryNamed?.(state.id)) return null;
  const actorId = sector === GOVERNMENT_SECTOR ? state.id : gazetteer.sectors.actorOf.get(`${state.id}|${sector}`);
  return actorId ? { actorId, end: state.end } : null;
}

// Words a phrase "<agents> from X" may follow and still name X's agents: the sentence's start, a clause's start,
// a passive's "by", a meeting's "with". After a verb or an owner it is an object moved out of X: "withdrew troops
// from Syria", "recalled its ambassador from Paris".
const BEFORE_AGENT_FROM = new Set([',', 'and', 'but', 'by', 'with', 'as', 'when', 'while', 'that', 'between']);
// "<soldiers> in X" names X's soldiers only as a subject or a passive's agent: "talks with troops in Mali" may
// be with another state's troops stationed there.
const BEFORE_AGENT_IN = new Set([',', 'and', 'but', 'by', 'as', 'when', 'while', 'that']);
const QUANTIFIERS = new Set(['the', 'a', 'an', 'some', 'several', 'dozens', 'hundreds', 'thousands', 'of', 'about']);
// Nouns of number and words describing soldiers who act on their own: "a group of", "mutinous soldiers".
const GROUP_WORDS = new Set(['group', 'unit', 'band', 'number', 'mutinous', 'renegade', 'rogue', 'disgruntled']);

function opensSubjectOrAgent(tokens: Token[], at: number): boolean {
  const k = wordBeforeNounPhrase(tokens, at);
  return k < 0 || BEFORE_AGENT_FROM.has(tokens[k]!.lower);
}

function opensClauseOrAgent(tokens: Token[], at: number): boolean {
  const k = wordBeforeNounPhrase(tokens, at);
  return k < 0 || BEFORE_AGENT_IN.has(tokens[k]!.lower);
}

/** The token before the quantifiers and group words that open the noun phrase at `at`, or -1. */
function wordBeforeNounPhrase(tokens: Token[], at: number): number {
  let k = at - 1;
  while (
    k >= 0 &&
    (QUANTIFIERS.has(tokens[k]!.lower) || GROUP_WORDS.has(tokens[k]!.lower) || /^\d[\d,.]*$/.test(tokens[k]!.text))
  )
    k--;
  return k;
}

/** Whether a bare agent noun ("police", "the junta") may begin at token `at`. */
export function startsBareAgent(tokens: Token[], at: number, gazetteer: Gazetteer): boolean {
  return gazetteer.sectors.bare.longestMatch(tokens, at) !== null;
}

const OF_PLACE = new Set(['in', 'from', 'across', 'inside']);

/** "rebels in Mali", "protesters across Georgia", "police in Islamabad": the state named right after. */
function stateAfter(tokens: Token[], at: number, gazetteer: Gazetteer): string | null {
  if (!OF_PLACE.has(tokens[at]?.lower ?? '')) return null;
  const from = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  return stateNamedAt(tokens, from, gazetteer)?.id ?? null;
}

/** The state whose name or seat starts at token `from`, and the token after it. */
function stateNamedAt(tokens: Token[], from: number, gazetteer: Gazetteer): { id: string; end: number } | null {
  const match = gazetteer.phrases.longestMatch(tokens, from);
  for (const meaning of match?.values ?? []) {
    if (meaning.kind !== 'name' && meaning.kind !== 'seat') continue;
    if (gazetteer.actors.get(meaning.actorId)?.kind === 'state')
      return { id: meaning.actorId, end: from + match!.length };
  }
  return null;
}

/** Sectors whose nouns name the fighters of an armed group: "gunmen", "fighters", "militants", "troops". */
const MEMBER_SECTORS = new Set([MILITARY_SECTOR, 'militants', 'rebels']);

/**
 * "Houthi gunmen", "RSF fighters", "Taliban militants": a noun for fighters right after an armed group's name
 * or adjective names the group itself, which acts through them; the end of that noun, else null. A weapon or
 * place of theirs ("Houthi missiles") is not such a noun.
 */
export function groupMembersEnd(tokens: Token[], at: number, gazetteer: Gazetteer): number | null {
  const match = gazetteer.sectors.forms.longestMatch(tokens, at);
  if (!match || !MEMBER_SECTORS.has(match.values[0]!)) return null;
  const end = at + match.length;
  return militaryThingEnd(tokens, at, end) === null ? end : null;
}
