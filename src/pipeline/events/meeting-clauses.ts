import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

/**
 * Meetings whose parties are those of the clause around them: owned by its subject ("after their talks"),
 * or heading its subject, so that what the verb says comes out of the meeting ("Talks between A and B ended
 * with an agreement").
 */

const ADJUNCT_PREPOSITIONS = new Set(['after', 'before', 'following', 'during']);
// Words between "after" or "their" and the meeting noun: "after nine hours of talks", "their first direct talks".
const MEETING_MODIFIERS =
  /^(a|an|the|of|first|second|third|fourth|last|latest|new|fresh|further|more|direct|indirect|separate|bilateral|lengthy|long|marathon|brief|round|rounds|hours?|days?|weeks?|months?)$/;

/**
 * Whether a meeting noun belongs to the main clause's subject: owned by "their" ("Russia and Ukraine agreed
 * ... after their first direct talks") or in a time phrase of the clause ("X agreed ... after talks with Y",
 * "Speaking after nine hours of talks, X said"). "their" asks for a subject of two parties or more.
 */
export function meetingOwner(match: TriggerMatch, tokens: Token[]): 'their' | 'adjunct' | null {
  if (!match.trigger.isNoun || match.trigger.type !== 'CONSULT' || match.trigger.mode === 'visit') return null;
  for (let j = match.tokenStart - 1; j >= Math.max(0, match.tokenStart - 6); j--) {
    const token = tokens[j]!;
    if (token.lower === 'their') return 'their';
    if (ADJUNCT_PREPOSITIONS.has(token.lower)) return 'adjunct';
    if (!MEETING_MODIFIERS.test(token.lower) && token.pos !== 'NUM' && token.pos !== 'ADJ') return null;
  }
  return null;
}

/**
 * The subject of the main clause around a phrase at `at`: the name right after the comma that closes an
 * opening phrase with no name before it ("Speaking after talks, Ukraine's delegation said"), else the sentence's
 * first name before the phrase.
 */
export function mainClauseSubject(at: number, tokens: Token[], mentions: ActorMention[]): ActorMention | null {
  const named = mentions.filter((m) => m.via !== 'adjective');
  const first = named.find((m) => m.tokenEnd <= at);
  if (first) return first;
  const comma = tokens.findIndex((t, j) => j > at && t.text === ',');
  if (comma < 0) return null;
  const after = tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
  return named.find((m) => m.tokenStart === after) ?? null;
}

// Words that put a meeting noun in a phrase of its own ("after talks between A and B"), not in the subject.
const NOT_SUBJECT_OPENERS = new Set([
  'after',
  'before',
  'following',
  'during',
  'since',
  'as',
  'while',
  'when',
  'to',
  'for',
  'by',
  'with',
  'at',
  'despite',
  'that',
  'of',
]);

/**
 * "Talks between A and B in Doha, mediated by C, ended with an agreement", "The A-B summit produced a treaty":
 * a meeting noun heading the sentence's subject, followed by its verb with nothing but place, time and asides
 * set off by commas between them, is what the verb's event comes out of: its parties act.
 */
export function isMeetingSubjectOf(meeting: TriggerMatch, verb: TriggerMatch, tokens: Token[]): boolean {
  if (meeting.trigger.type !== 'CONSULT' || meeting.trigger.mode === 'visit') return false;
  // "The Trump-Xi meeting": a verb pattern's form read as a noun heads a noun phrase too.
  const noun = meeting.trigger.isNoun || tokens[meeting.tokenStart]?.pos === 'NOUN';
  if (!noun || verb.trigger.isNoun || verb.tokenStart < meeting.tokenEnd) return false;
  for (let j = 0; j < meeting.tokenStart; j++) if (opensOwnPhrase(tokens[j]!)) return false;
  let aside = false;
  for (let j = meeting.tokenEnd; j < verb.tokenStart; j++) {
    const token = tokens[j]!;
    if (token.text === ',') aside = !aside;
    else if (!aside && (opensOwnPhrase(token) || token.text === ';')) return false;
  }
  return !aside;
}

function opensOwnPhrase(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX' || NOT_SUBJECT_OPENERS.has(token.lower);
}

// What "meet" takes when it is no meeting: "met stiff resistance", "met with criticism", "meets the deadline".
const MET_THINGS = new Set([
  'resistance',
  'opposition',
  'criticism',
  'condemnation',
  'skepticism',
  'scepticism',
  'demand',
  'demands',
  'deadline',
  'deadlines',
  'target',
  'targets',
  'goal',
  'goals',
  'criteria',
  'condition',
  'conditions',
  'requirement',
  'requirements',
  'expectations',
  'needs',
  'obligations',
  'commitments',
  'standards',
  'threshold',
  'fate',
  'death',
  'end',
  'challenge',
  'challenges',
  'approval',
  'success',
  'silence',
]);
const MET_THING_MODIFIERS =
  /^(the|a|an|its|their|his|her|little|no|some|stiff|fierce|strong|heavy|fresh|growing|widespread|sharp|all|any|every|key|similar|same)$/;

function isPassiveMetWith(met: number, tokens: Token[]): boolean {
  return (
    tokens[met]!.lower === 'met' &&
    tokens[met + 1]?.lower === 'with' &&
    /^(be|been|being|was|were|is|are)$/.test(tokens[met - 1]?.lower ?? '')
  );
}

/** "M23 seized Bukavu, meeting little resistance from Congolese troops": "meet" with a thing for its object is no meeting. */
export function meetsAThing(match: TriggerMatch, tokens: Token[]): boolean {
  if (match.trigger.type !== 'CONSULT' || match.trigger.isNoun || !/^me(e|t)/.test(tokens[match.tokenStart]!.lower))
    return false;
  // "The protest was met with tear gas": a passive "met with" is how something was answered, not a meeting
  // ("was met by the prime minister" is still one).
  if (isPassiveMetWith(match.tokenStart, tokens)) return true;
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + 4); j++) {
    const word = tokens[j]!.lower;
    if (MET_THINGS.has(word)) return true;
    if (!MET_THING_MODIFIERS.test(word)) return false;
  }
  return false;
}
