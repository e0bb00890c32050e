import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

/**
 * Parties named by the words around an event rather than as its subject or object: demonyms qualifying a
 * noun for people ("talks between Thai and Cambodian defence officials"), demonyms joined by a hyphen before an
 * event noun ("Russian-Ukrainian negotiations") and the subject of the clause a participial opener belongs to
 * ("Meeting Putin on Wednesday, Kim pledged ...").
 */

// Nouns for people who act for their state: a demonym before them names the state as the party. Sector nouns
// the gazetteer composes ("Iranian officials", "Thai troops") are mentions of their own and never reach here.
const PEOPLE_OF_A_STATE = new Set([
  'officials',
  'experts',
  'negotiators',
  'delegations',
  'delegation',
  'delegates',
  'diplomats',
  'envoys',
  'counterparts',
  'counterpart',
  'ministers',
  'leaders',
  'representatives',
  'teams',
  'team',
  'directors',
  'chiefs',
  'commanders',
  'sides',
  'presidents',
  'heads',
]);
const CHAIN_JOINERS = new Set(['and', ',', 'or']);
// Words that end a noun phrase: a demonym's head noun is never looked for past them.
const PHRASE_ENDERS = new Set([
  'of',
  'in',
  'on',
  'at',
  'with',
  'from',
  'to',
  'for',
  'by',
  'and',
  'or',
  'the',
  'a',
  'an',
]);
/** Descriptive words that may stand between a demonym and its head noun ("defence officials", "senior trade negotiators"). */
const MAX_DESCRIPTORS = 2;

/**
 * "Thai and Cambodian defence officials", "his Pakistani and Afghan counterparts": demonyms joined by "and",
 * "or" or commas before a noun for people each name their state, starting from the demonym at `first`.
 */
export function demonymsOfPeopleFrom(first: ActorMention, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  if (first.via !== 'adjective') return [];
  const chain = [first];
  for (;;) {
    const last = chain.at(-1)!;
    if (!CHAIN_JOINERS.has(tokens[last.tokenEnd]?.lower ?? '')) break;
    const next = mentions.find((m) => m.tokenStart === last.tokenEnd + 1 && m.via === 'adjective');
    if (!next) break;
    chain.push(next);
  }
  return headsPeople(chain.at(-1)!.tokenEnd, tokens) ? chain : [];
}

/** The same read backwards from the last demonym of the chain, as a subject is looked for right to left. */
export function demonymsOfPeopleEndingAt(
  last: ActorMention,
  tokens: Token[],
  mentions: ActorMention[],
): ActorMention[] {
  let first = last;
  for (;;) {
    if (!CHAIN_JOINERS.has(tokens[first.tokenStart - 1]?.lower ?? '')) break;
    const before = mentions.find((m) => m.tokenEnd === first.tokenStart - 1 && m.via === 'adjective');
    if (!before) break;
    first = before;
  }
  const chain = demonymsOfPeopleFrom(first, tokens, mentions);
  return chain.includes(last) ? chain : [];
}

/** Whether a noun for people follows within a few lower-case descriptive words. */
export function headsPeople(from: number, tokens: Token[]): boolean {
  for (let j = from; j <= from + MAX_DESCRIPTORS && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (PEOPLE_OF_A_STATE.has(token.lower)) return true;
    if (!token.isWord || token.capitalised || PHRASE_ENDERS.has(token.lower)) return false;
  }
  return false;
}

const HYPHENS = new Set(['-', '–', '/']);

/**
 * "Russian-Ukrainian negotiations", "the US-Israeli strikes": a modifier joined to the one before it by a
 * hyphen or slash names a party too, even when both are demonyms. The mentions before `last`, in text order.
 */
export function hyphenedPartners(last: ActorMention, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const partners: ActorMention[] = [];
  let at = last;
  for (;;) {
    if (!HYPHENS.has(tokens[at.tokenStart - 1]?.text ?? '')) break;
    const before = mentions.find((m) => m.tokenEnd === at.tokenStart - 1);
    // Only where the hyphen joins words without spaces: "Russian-Ukrainian", not "Russia - Ukraine talks".
    const hyphen = tokens[at.tokenStart - 1]!;
    if (!before || hyphen.start !== tokens[before.tokenEnd - 1]!.end || hyphen.end !== tokens[at.tokenStart]!.start)
      break;
    partners.unshift(before);
    at = before;
  }
  return partners;
}

/**
 * "the US-South Korean drills", "a Thai-Cambodian declaration": the modifiers joined after `first` by a hyphen
 * or slash with no spaces, in text order; read left to right, as an object is.
 */
export function hyphenedFollowers(first: ActorMention, tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const followers: ActorMention[] = [];
  let at = first;
  for (;;) {
    const hyphen = tokens[at.tokenEnd];
    if (!hyphen || !HYPHENS.has(hyphen.text)) break;
    const after = mentions.find((m) => m.tokenStart === at.tokenEnd + 1);
    if (!after || hyphen.start !== tokens[at.tokenEnd - 1]!.end || hyphen.end !== tokens[after.tokenStart]!.start)
      break;
    followers.push(after);
    at = after;
  }
  return followers;
}

const OPENER_WORDS = new Set(['after', 'before', 'while', 'when', 'upon', 'on']);

// "Speaking during a visit to Algeria, ...", "After talks with Putin, ...": a meeting noun in a phrase opening the
// sentence is the main clause subject's meeting. Only meetings: "After the attack on Kyiv, Zelensky said" names
// no attacker.
const SPEAKING = /^(speaking|talking|addressing|writing)$/;
const MEETING_OPENERS = new Set(['during', 'after', 'following', 'on', 'at', 'before', 'ahead', 'of', 'in']);
const MEETING_DESCRIPTORS =
  /^(a|an|the|his|her|their|its|first|official|state|surprise|brief|two-day|three-day|recent|landmark)$/;

function meetingOpener(match: TriggerMatch, tokens: Token[]): boolean {
  if (match.trigger.type !== 'CONSULT') return false;
  let j = 0;
  if (SPEAKING.test(tokens[0]?.lower ?? '')) j = 1;
  if (!MEETING_OPENERS.has(tokens[j]?.lower ?? '')) return false;
  for (j++; j < match.tokenStart; j++)
    if (!MEETING_DESCRIPTORS.test(tokens[j]!.lower) && !MEETING_OPENERS.has(tokens[j]!.lower)) return false;
  return true;
}

/** "Having met Xi in Beijing, ...", "After having talked to Ruto, ...": a perfect participle opening the sentence. */
function perfectOpener(match: TriggerMatch, tokens: Token[]): boolean {
  if (!match.verbForms?.includes('participle')) return false;
  const having = match.tokenStart - 1;
  return tokens[having]?.lower === 'having' && (having === 0 || (having === 1 && OPENER_WORDS.has(tokens[0]!.lower)));
}

/**
 * "Meeting Putin at the cosmodrome on Wednesday, Kim pledged ...", "After meeting Erdogan, Aliyev said ...": a
 * participle opening the sentence has the subject of the main clause after its comma for its own subject.
 */
export function openerSubject(match: TriggerMatch, tokens: Token[], mentions: ActorMention[]): ActorMention | null {
  const opens = match.trigger.isNoun
    ? meetingOpener(match, tokens)
    : match.verbForms?.includes('ing')
      ? match.tokenStart === 0 || (match.tokenStart === 1 && OPENER_WORDS.has(tokens[0]!.lower))
      : perfectOpener(match, tokens);
  if (!opens) return null;
  const comma = tokens.findIndex((t, j) => j >= match.tokenEnd && t.text === ',');
  if (comma < 0) return null;
  const at = tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
  return mentions.find((m) => m.tokenStart === at && m.via !== 'adjective') ?? null;
}
