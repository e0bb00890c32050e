import { isClauseBoundary } from '../text/clauses.ts';
import type { Token, TokenIndexSet } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

// Participles whose agent takes part in the meeting that is their subject: "the talks were chaired by X",
// "talks in Oslo, mediated by Norway". The active forms are participants.ts's joining verbs.
const JOINING_PARTICIPLES = new Set([
  'chaired',
  'co-chaired',
  'hosted',
  'co-hosted',
  'mediated',
  'co-mediated',
  'facilitated',
  'brokered',
  'convened',
  'organised',
  'organized',
  'sponsored',
  'co-sponsored',
  'moderated',
  'led',
]);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
// "The talks were first hosted by", "were jointly chaired by": adverbs between the auxiliary and the participle.
const ADVERB = /ly$|^(first|also|once|again|then)$/;
const MEETING_SCAN = 12;

/**
 * The "by" of a passive joining verb whose subject is a meeting noun: "The talks in Istanbul were chaired by",
 * "Talks between A and B, mediated by": the agent after it takes part in the meeting. Read only within the
 * noun's clause: no other event's words, no clause boundary between the noun and the participle.
 */
export function joiningByAfterMeeting(
  match: TriggerMatch,
  tokens: Token[],
  otherTriggers: TokenIndexSet,
): number | null {
  for (let j = match.tokenEnd; j < Math.min(tokens.length - 1, match.tokenEnd + MEETING_SCAN); j++) {
    const token = tokens[j]!;
    if (JOINING_PARTICIPLES.has(token.lower) && tokens[j + 1]!.lower === 'by' && isPassiveAt(j, tokens)) return j + 1;
    if (token.text === ',' && JOINING_PARTICIPLES.has(tokens[j + 1]!.lower)) continue;
    if (token.text !== ',' && (otherTriggers.has(j) || isClauseBoundary(token, tokens[j + 1]))) return null;
    if (BE_FORMS.has(token.lower) && !isPassiveAfter(j, tokens)) return null;
  }
  return null;
}

/** The participle stands after a form of "be" (and adverbs) or right after a comma: a reduced relative. */
function isPassiveAt(participle: number, tokens: Token[]): boolean {
  let j = participle - 1;
  if (tokens[j]?.text === '-' && tokens[j - 1]?.lower === 'co') j -= 2; // "co-hosted", split at the hyphen
  while (j > 0 && ADVERB.test(tokens[j]!.lower)) j--;
  return BE_FORMS.has(tokens[j]?.lower ?? '') || tokens[j]?.text === ',';
}

/** A form of "be" that opens a passive joining participle: anything else after it is another predicate. */
function isPassiveAfter(be: number, tokens: Token[]): boolean {
  let j = be + 1;
  while (j < tokens.length && (ADVERB.test(tokens[j]!.lower) || BE_FORMS.has(tokens[j]!.lower))) j++;
  if (tokens[j]?.lower === 'co' && tokens[j + 1]?.text === '-') j += 2;
  return JOINING_PARTICIPLES.has(tokens[j]?.lower ?? '');
}

// Office nouns between "by" and the names that hold them: "by the foreign ministers of Congo and Rwanda",
// "by the two foreign ministers, A and B".
const OFFICE_WORDS = new Set([
  'minister',
  'ministers',
  'foreign',
  'prime',
  'defence',
  'defense',
  'president',
  'presidents',
  'leader',
  'leaders',
  'envoy',
  'envoys',
  'head',
  'heads',
  'chief',
  'chiefs',
  'secretary',
  'secretaries',
  'representative',
  'representatives',
  'negotiator',
  'negotiators',
  'ambassador',
  'ambassadors',
  'delegation',
  'delegations',
  'counterparts',
  'state',
  'government',
  'governments',
]);

/**
 * Whether a word may stand between "by" and the agent's name: determiners, adjectives and numbers
 * ("by a Russian ballistic missile"), office nouns and "of" ("by the foreign ministers of Congo and Rwanda"),
 * and a comma after an office noun before the names in apposition ("by the two foreign ministers, A and B").
 */
export function leadsToAgent(tokens: Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || /^(a|an|the)$/.test(token.lower))
    return true;
  if (OFFICE_WORDS.has(token.lower)) return true;
  const previous = tokens[j - 1]?.lower ?? '';
  return (token.lower === 'of' || token.text === ',') && OFFICE_WORDS.has(previous);
}

// Spaces a party can close to others: its ports, airspace, waters, markets or territory.
const CLOSED_SPACES = new Set(['ports', 'port', 'airspace', 'waters', 'markets', 'market', 'territory', 'airports']);

/**
 * "were banned from EU ports", "barred from US markets": the party named before a space it can close is the one
 * that closes it, the agent an agentless passive ban leaves unsaid.
 */
export function ownsClosedSpace(owner: { tokenEnd: number }, tokens: Token[]): boolean {
  let j = owner.tokenEnd;
  if (/^['’]s$/.test(tokens[j]?.text ?? '')) j++;
  return CLOSED_SPACES.has(tokens[j]?.lower ?? '');
}
