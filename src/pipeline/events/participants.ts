import { passiveSubjectDemonym } from './passive-subjects.ts';
import { circumstanceSubject, meansSubject } from './circumstance-subjects.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import { namedAsPlace } from '../places/place-kind-phrases.ts';
import { namesThing } from './named-things.ts';
import { ownedActNoun } from '../text/act-nouns.ts';
import { isClauseBoundary, REPORTING_VERBS } from '../text/clauses.ts';
import { opensJoinedClause } from '../text/joined-clauses.ts';
import { isTitleCase } from '../text/headlines.ts';
import { compoundAfterName, compoundParticipleAt, opensLowerCaseCompound } from '../text/hyphen-compounds.ts';
import { slug } from '../text/slug.ts';
import { followsOwnedActNoun } from './owned-acts.ts';
import { toThroughAspect } from '../text/aspect-verbs.ts';
import type { Token, TokenIndexSet } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { isMeetingSubjectOf, mainClauseSubject, meetingOwner } from './meeting-clauses.ts';
import {
  demonymsOfPeopleEndingAt,
  demonymsOfPeopleFrom,
  headsPeople,
  hyphenedFollowers,
  hyphenedPartners,
  openerSubject,
} from './noun-parties.ts';
import { joiningByAfterMeeting, leadsToAgent, ownsClosedSpace } from './passive-agents.ts';
import { sideLeaderVerb } from './delegation-leaders.ts';
import { HOST_VERBS } from './hosted-meetings.ts';
import { sendsOfficial } from './sent-officials.ts';
import { PAIR_NOUNS, pairPhraseEnd, pairPhraseStart } from './pair-anaphora.ts';
import { joinedSpeaker, pluralReading } from './plural-pronouns.ts';
import { mediatorMentions, partiesBesideMediators } from './mediators.ts';
import { byPastAdjuncts } from './passive-by-reach.ts';
import { isParticipleAfterName, isParticipleAside } from './reduced-relatives.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar.ts';

/** An actor taking part in an event and how the text named it. */
export type Participant = {
  actorId: string;
  span: { start: number; end: number } | null;
  via: ActorMention['via'] | 'pronoun' | 'anaphora' | 'unresolved';
  /** For unresolved names: the surface name. */
  name?: string;
};

/** What the participant finder needs besides the sentence: how to resolve pronouns. */
export type ParticipantContext = {
  tokens: Token[];
  mentions: ActorMention[];
  clause: [number, number];
  /** The person the text is about at an offset, for "he" and "she". */
  lastPerson: (beforeOffset: number) => string | null;
  /** The latest person named before an offset who is none of `others`, for an object "him" or "her". */
  otherPerson?: (beforeOffset: number, others: ReadonlySet<string>) => string | null;
  /** Tokens that cannot be part of an unknown name: gazetteer matches (media included) and places. */
  blocked: TokenIndexSet;
  /** Tokens of other triggers: a subject or object is never looked for beyond another event's words. */
  otherTriggers: TokenIndexSet;
  /** The previous event in the sentence, for coordinated verbs ("met X and visited Y") and purposes ("held talks to secure a deal"). */
  previous: { match: TriggerMatch; source: Participant[]; target: Participant[] } | null;
  /** Every event drafted before this one in the sentence, for a meeting that is a later verb's subject. */
  earlier?: readonly { match: TriggerMatch; source: Participant[]; target: Participant[] }[];
  /** Inside a quotation: who speaks, for "I" and "we". */
  speakerAt: QuoteSpeakerAt;
  /** Whether an actor is a person: "he" after a verb of saying is its subject only when that is a person. */
  isPerson?: (actorId: string) => boolean;
  /** Ids of state actors: a state named after "in" is where a meeting is held. */
  stateIds?: ReadonlySet<string>;
  /**
   * The parties of the meeting reported last in the article, for "the two leaders", "both sides"; meetings
   * reported earlier in the same sentence (newest last, mediators left out) come first.
   */
  lastMeeting?: (pairNoun: string, sameSentence?: readonly (readonly string[])[]) => string[] | null;
};

/** The speaker of the quotation around an offset, and the side (state) the speaker speaks for. */
export type QuoteSpeakerAt = (offset: number) => { speakerId: string; sideId: string } | null;

const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they', 'its', 'their']);
const FIRST_PERSON = new Set(['i', 'we']);
const CONJUNCTIONS = new Set(['and', ',', 'or', '&', '-', '–', 'nor']);
const COMMON_CAPITALISED = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'At',
  'And',
  'But',
  'He',
  'She',
  'It',
  'They',
  'This',
  'That',
  'These',
  'Those',
  'We',
  'I',
  'You',
  'Our',
  'His',
  'Her',
  'Its',
  'Their',
  'After',
  'Before',
  'As',
  'While',
  'When',
  'With',
  'For',
  'From',
  'According',
  'Meanwhile',
  'However',
  'Earlier',
  'Later',
  'Under',
  'Despite',
  'Hours',
  'Sources',
  'Officials',
  'If',
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'Photo',
  'Advertisement',
  'Some',
  'Several',
  'Many',
  'Most',
  'All',
  'Both',
  'Other',
  'Few',
  'Each',
  'Every',
  'Any',
  'No',
  'Such',
  'Two',
  'Three',
]);
const NOT_MODIFIERS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'to',
  'of',
  'in',
  'on',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'believes',
  'said',
  'says',
]);
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'with',
  'for',
  'of',
  'to',
  'by',
  'from',
  'under',
  'over',
  'against',
  'about',
  'between',
  'into',
  'through',
  'during',
  'after',
  'before',
]);
const GROUP_BREAKERS = new Set([
  'all',
  'while',
  'who',
  'which',
  'that',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'will',
  'would',
]);
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'at']);
// Titles before a name are not part of it ("Mediator Tomas Reyvik", "Senator Ann Lee").
const TITLE_WORDS = new Set([
  'mediator',
  'envoy',
  'minister',
  'president',
  'prime',
  'vice',
  'foreign',
  'defense',
  'defence',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'senator',
  'general',
  'gen',
  'ambassador',
  'chairman',
  'chairwoman',
  'commander',
  'leader',
  'chief',
  'official',
  'king',
  'queen',
  'prince',
  'emir',
  'sheikh',
  'mr',
  'mrs',
  'ms',
  'dr',
  'former',
  'special',
  'deputy',
  'speaker',
  'governor',
  'mayor',
  'colonel',
  'admiral',
  'negotiator',
  'opposition',
  'national',
  'security',
  'finance',
  'interior',
]);
const NAME_JOINERS = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'la', 'el', '-', 'abu', 'bint']);

/** Finds who acts (source) and who is acted on (target) for a trigger, reading outwards in its clause. */
export function findParticipants(
  match: TriggerMatch,
  ctx: ParticipantContext,
): { source: Participant[]; target: Participant[]; purposeOf?: TriggerMatch } {
  const traveller = purposeNounSubject(match, ctx);
  if (traveller) {
    const talks = readParticipants(match, { ...ctx, previous: null });
    const target = talks.target.filter((t) => !traveller.some((s) => s.actorId === t.actorId));
    return { source: dedupe([...traveller, ...talks.source]), target, purposeOf: ctx.previous!.match };
  }
  const read = readParticipants(match, ctx);
  const journey = isJourneyPurpose(match, ctx) ? { purposeOf: ctx.previous!.match } : {};
  const found =
    read.target.length === 0 && isPromiseToAct(match, ctx.tokens) ? withBeneficiary(read, match, ctx) : read;
  const joiners = match.trigger.isNoun && match.trigger.direction === 'mutual' ? joinersOf(match, ctx) : [];
  // "The talks in Istanbul were chaired by Fidan": a meeting's chair, host or mediator takes part in it.
  const hostBy =
    match.trigger.type === 'CONSULT' && match.trigger.isNoun
      ? joiningByAfterMeeting(match, ctx.tokens, ctx.otherTriggers)
      : null;
  if (hostBy !== null) joiners.push(...(agentAfterBy(hostBy, ctx) ?? []));
  if (match.trigger.type === 'CONSULT' && match.trigger.isNoun) joiners.push(...compoundLeaderOf(match, ctx));
  const leading = sideLeaderVerb(match, ctx.tokens);
  if (leading !== null) joiners.push(...findSubject(leading, ctx, false));
  if (joiners.length === 0) return { ...found, ...journey };
  const source = dedupe([...joiners, ...found.source]);
  return { source, target: found.target.filter((t) => !source.some((s) => s.actorId === t.actorId)), ...journey };
}

/** "US-led talks", "Qatari-mediated talks between A and B": who leads or mediates a meeting takes part in it. */
function compoundLeaderOf(match: TriggerMatch, ctx: ParticipantContext): Participant[] {
  for (let k = match.tokenStart; k >= Math.max(2, match.tokenStart - 4); k--) {
    if (compoundParticipleAt(ctx.tokens, k) !== 'leader') continue;
    const leader = mentionEndingAt(ctx, k - 2);
    return leader ? [asParticipant(leader)] : [];
  }
  return [];
}

/** "flew to Addis Ababa to meet Abiy": a meeting that is the purpose of the journey just reported. */
function isJourneyPurpose(match: TriggerMatch, ctx: ParticipantContext): boolean {
  const previous = ctx.previous;
  if (!previous || previous.match.trigger.mode !== 'visit' || match.trigger.type !== previous.match.trigger.type)
    return false;
  const gap = match.tokenStart - previous.match.tokenEnd;
  return !match.trigger.isNoun && gap >= 1 && gap <= 6 && ctx.tokens[match.tokenStart - 1]?.lower === 'to';
}

const PURPOSE_NOUN_MODIFIERS =
  /^(a|an|the|new|fresh|further|more|direct|indirect|bilateral|urgent|first|second|third|two|three|four|several|round|rounds|days?|hours?|weeks?|of)$/;

/** "pledged to", "promised to", "agreed to": a commitment whose counterpart is named inside what is promised. */
function isPromiseToAct(match: TriggerMatch, tokens: Token[]): boolean {
  if (match.trigger.type !== 'AGREE' || match.trigger.isNoun) return false;
  if (tokens[match.tokenEnd - 1]?.lower === 'to') return true;
  // "pledged on Monday to send": a time phrase may stand between the verb and its infinitive.
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + 4); j++) {
    if (tokens[j]!.lower === 'to') return j > match.tokenEnd;
    if (!TIME_WORDS.test(tokens[j]!.lower)) return false;
  }
  return false;
}

const TIME_WORDS =
  /^(on|last|this|next|early|late|(mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|morning|evening|night|again|also|publicly|formally)$/;

const IN_PLACE = new Set(['in', 'at', 'inside']);

function isStateName(mention: ActorMention, ctx: ParticipantContext): boolean {
  return mention.via === 'name' && ctx.stateIds?.has(mention.actorId) === true;
}

const BENEFICIARY_PREPOSITIONS = new Set(['to', 'for', 'with', 'toward', 'towards']);

/**
 * "promised to finance two more Patriot batteries for Kyiv", "pledged to send food aid to Myanmar": the party
 * the promise is made to is the first one named after "to", "for" or "with" in the promised act.
 */
function withBeneficiary(
  found: { source: Participant[]; target: Participant[] },
  match: TriggerMatch,
  ctx: ParticipantContext,
): { source: Participant[]; target: Participant[] } {
  const { tokens } = ctx;
  for (let j = match.tokenEnd + 1; j < Math.min(tokens.length, match.tokenEnd + 14); j++) {
    const token = tokens[j]!;
    if (token.text === ',' || token.text === '.' || token.text === ';' || isClauseBoundary(token, tokens[j + 1])) break;
    const mention = mentionStartingAt(ctx, j);
    if (!mention || !BENEFICIARY_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) continue;
    const party = groupFrom(mention, ctx).filter((p) => !found.source.some((s) => s.actorId === p.actorId));
    return party.length > 0 ? { source: found.source, target: party } : found;
  }
  return found;
}

// Verbs whose subject takes part in the meeting or deal named by their object: "arrived to join talks
// between A and B", "Qatar hosted talks between A and B", "attended the summit", "took part in negotiations".
const JOINING_VERBS: ReadonlySet<string> = new Set([
  ...HOST_VERBS,
  'join',
  'joins',
  'joined',
  'joining',
  'attend',
  'attends',
  'attended',
  'attending',
  'lead',
  'leads',
  'led',
  'leading',
  'broker',
  'brokering',
  'facilitate',
]);
const JOINING_PREPOSITION_VERBS = new Set(['part', 'participate', 'participates', 'participated', 'participating']);

/** The subject of a joining verb that governs a nominal event ("to join talks between A and B"). */
function joinersOf(match: TriggerMatch, ctx: ParticipantContext): Participant[] {
  const verb = governingVerb(match.tokenStart, ctx.tokens);
  if (verb === null) return [];
  const previous = ctx.previous;
  // The verb is itself an event of the sentence ("hosted" is a visit trigger): its parties are known.
  if (previous && previous.match.tokenStart <= verb && verb < previous.match.tokenEnd)
    return dedupe([...previous.source, ...previous.target]);
  // "sent its envoy to Doha to join talks": the one sent joins (object control), not the sender.
  const sent = previous?.match.slotMention;
  if (
    ctx.tokens[verb - 1]?.lower === 'to' &&
    previous &&
    sent &&
    previous.match.tokenEnd <= verb &&
    sendsOfficial(previous.match, ctx.tokens)
  )
    return [{ actorId: sent.actorId, span: { start: sent.start, end: sent.end }, via: sent.via }];
  // "arrived in Doha to join talks": the infinitive's subject is the subject of the verb it completes.
  if (ctx.tokens[verb - 1]?.lower === 'to' && previous && previous.match.tokenEnd <= verb) return previous.source;
  return findSubject(verb, ctx, false);
}

/** A joining verb right before a noun phrase ending in the event noun: "join the indirect talks", "took part in talks". */
function governingVerb(noun: number, tokens: Token[]): number | null {
  for (let j = noun - 1; j >= Math.max(0, noun - 5); j--) {
    const word = tokens[j]!.lower;
    if (JOINING_VERBS.has(word)) return j;
    if (word === 'in' && JOINING_PREPOSITION_VERBS.has(tokens[j - 1]?.lower ?? '')) return j - 1;
    const modifier =
      tokens[j]!.pos === 'ADJ' ||
      tokens[j]!.pos === 'DET' ||
      tokens[j]!.pos === 'NUM' ||
      /^(the|a|an|new|fresh|first|second|third|latest|next|indirect|direct|-)$/.test(word);
    if (!modifier) return null;
  }
  return null;
}

function readParticipants(
  match: TriggerMatch,
  ctx: ParticipantContext,
): { source: Participant[]; target: Participant[] } {
  const { tokens } = ctx;
  const direction = match.trigger.direction;
  const passiveAgent = findPassiveAgent(match, ctx);
  const byAgent = passiveAgent ? null : nounAgent(match, ctx);
  // A noun's own modifier names its actor before the clause's subject does: in "Sharif called the Indian
  // strikes an act of war" India strikes, not Sharif.
  // A trigger opening with a preposition ("in support of") has no modifiers: the words before it are another phrase.
  const modifiable = match.trigger.isNoun && !passiveAgent && !PREPOSITIONS.has(tokens[match.tokenStart]!.lower);
  const modifier = modifiable ? findModifiers(match.tokenStart, ctx) : [];
  // "Mali called the Algerian accusations baseless": the charge's owner is answered, not the one who answers.
  if (isChargeCalledBaseless(match, tokens)) return chargeRejection(match, modifier, ctx);
  // "Kenya denied that its police had fired, calling the claim propaganda": a participle after a comma
  // shares the main clause's subject, not the name just before the comma.
  const participle = match.verbForms?.includes('ing') && tokens[match.tokenStart - 1]?.text === ',';
  // "Gunmen attacked a police post, killing four officers": the main clause's subject names no actor, so the
  // participle has none either; the post's owner is the one attacked, not the one who kills.
  if (participle && !passiveAgent && mainSubjectUnnamed(match.tokenStart - 1, ctx)) return { source: [], target: [] };
  const mainActor = participle && !passiveAgent ? participleSubject(match.tokenStart - 1, ctx) : [];
  let subject = byAgent
    ? byAgent
    : passiveAgent
      ? []
      : mainActor.length > 0
        ? mainActor
        : modifier.length > 0
          ? modifier
          : (openerGroup(match, ctx) ??
            ownerGroup(match, ctx) ??
            meetingParties(match, ctx) ??
            sharedSubject(match, ctx) ??
            circumstanceSubject(match, ctx.previous, tokens) ??
            meansSubject(match, ctx.previous, tokens) ??
            findSubject(match.tokenStart, ctx, match.trigger.isNoun));
  let object = match.slotMention
    ? groupFrom(match.slotMention, ctx)
    : findObject(
        match.tokenEnd,
        ctx,
        match.trigger.isNoun,
        adjectiveCanBeTarget(match),
        match.trigger.type === 'REQUEST',
        match.trigger.type === 'CONSULT' && match.trigger.mode !== 'visit',
        !ACTS_ON_THOSE_PRESENT.has(match.trigger.type),
      );
  const objectPronoun = passiveAgent || match.slotMention ? null : objectPronounOf(match, ctx, subject);
  if (objectPronoun) object = objectPronoun;
  if (object.length === 0 && subject.length > 0) object = meetingPurposeTarget(match, ctx) ?? object;
  const objectPair = passiveAgent || match.slotMention ? null : pairInsideTrigger(match, ctx);
  if (objectPair) object = objectPair;
  const collective = passiveAgent || match.slotMention || objectPair ? null : collectiveInsideTrigger(match, ctx);
  if (collective) object = [collective];
  if (passiveAgent) {
    subject = passiveAgent;
    object = isReducedRelative(match, ctx)
      ? relativeHead(match, ctx)
      : findSubject(passiveStart(match, tokens), ctx, false);
    // "The Iranian proposal was rejected by Washington": the demonym of the subject names who is acted on.
    const demonym =
      object.length === 0 && match.trigger.type !== 'CONSULT'
        ? passiveSubjectDemonym(tokens, ctx.mentions, passiveStart(match, tokens))
        : null;
    if (demonym) object = [asParticipant(demonym)];
    // "were delivered to Ukraine": the party the pattern names is the one acted on when the subject names none.
    if (object.length === 0 && match.slotMention && !ownsClosedSpace(match.slotMention, tokens))
      object = groupFrom(match.slotMention, ctx);
    // "Russian troops were deployed to Belarus", "the Pakistani army was put on alert": units deployed or
    // mobilised with no agent are mobilised by their own side.
    if (passiveAgent.length === 0 && (match.trigger.subject === 'units' || match.trigger.type === 'MOBILIZE'))
      return { source: object, target: [] };
    if (passiveAgent.length === 0) {
      // "Russian tankers were banned from EU ports": who owns what the banned are kept out of bans them.
      const owner =
        match.slotMention && ownsClosedSpace(match.slotMention, tokens) ? groupFrom(match.slotMention, ctx) : [];
      return { source: owner, target: object.filter((o) => !owner.some((p) => p.actorId === o.actorId)) };
    }
  }
  if (match.trigger.isNoun && subject.length === 0 && !PREPOSITIONS.has(tokens[match.tokenStart]!.lower))
    subject = findModifiers(match.tokenStart, ctx);
  if (subject.length === 0 && match.verbForms?.includes('ing') && tokens[match.tokenStart - 1]?.text === ',')
    subject = mainSubject(match.tokenStart - 1, ctx);
  if (direction === 'reverse' && object.length > 0) return { source: object, target: subject };
  // Verbs that double as nouns ("an Israeli blockade", "a US visit"): a modifier may be the actor.
  if (subject.length === 0 && !match.trigger.isNoun && !match.verbForms?.includes('past'))
    subject = findModifiers(match.tokenStart, ctx);
  // "The Thai-Cambodian truce took effect", "Russian shells fell near": a pattern that opens with its subject
  // noun before its verb; the names modifying that noun are its parties.
  if (subject.length === 0 && match.verbToken !== null && match.verbToken > match.tokenStart)
    subject = findModifiers(match.tokenStart, ctx);
  // "talks with Israel were progressing", reported by Trump: the speaker's side is the other party.
  if (subject.length === 0 && match.trigger.isNoun && match.trigger.type === 'CONSULT' && object.length > 0)
    subject = reportingSpeaker(match.tokenStart, ctx);
  // "an agreement between Jerusalem and Damascus": the parties named after "between" act together.
  const between =
    ctx.tokens[match.tokenEnd - 1]?.lower === 'between' || ctx.tokens[match.tokenEnd]?.lower === 'between';
  if (direction === 'mutual' && object.length >= 2 && (subject.length === 0 || between))
    return { source: object, target: [] };
  return { source: subject, target: object.filter((o) => !subject.some((s) => s.actorId === o.actorId)) };
}

/**
 * "Trump urged him to normalise ties with Israel", "invited him to meet Kim": an object pronoun right after a
 * directed verb is its target, and the person it names is someone other than the verb's subject; what the
 * infinitive after it names is the requested act's business, not the target.
 */
function objectPronounOf(match: TriggerMatch, ctx: ParticipantContext, subject: Participant[]): Participant[] | null {
  if (match.trigger.isNoun || match.trigger.direction === 'mutual' || !ctx.otherPerson) return null;
  const { tokens } = ctx;
  for (let j = match.tokenStart + 1; j <= match.tokenEnd && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (!isObjectPronoun(token.lower, tokens[j + 1])) continue;
    const actorId = ctx.otherPerson(token.start, new Set(subject.map((p) => p.actorId)));
    return pronoun(actorId, token);
  }
  return null;
}

/** "urged both sides to", "asked the two leaders to": a pair phrase filling the trigger's actor slot. */
function pairInsideTrigger(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  if (match.trigger.isNoun) return null;
  for (let j = match.tokenStart + 1; j < match.tokenEnd; j++) {
    const pair = pairAnaphor(j, ctx);
    if (pair) return pair;
  }
  return null;
}

// Charges a party may call baseless: "the accusations were groundless", "called the claims unfounded".
const CHARGE_NOUNS = new Set(['accusations', 'allegations', 'charges', 'claims', 'accusation', 'allegation', 'claim']);

/** A rejection read from a charge noun and its verdict ("accusations ... baseless"), not from a verb. */
function isChargeCalledBaseless(match: TriggerMatch, tokens: Token[]): boolean {
  return match.trigger.isNoun && match.trigger.type === 'REJECT' && CHARGE_NOUNS.has(tokens[match.tokenStart]!.lower);
}

/**
 * "Mali called the Algerian accusations baseless", "Beijing said Tokyo's claims were groundless": the one who
 * calls the charge so, or says it is so, rejects it; the charge's owner (its demonym or possessive) is the target.
 */
function chargeRejection(
  match: TriggerMatch,
  owner: Participant[],
  ctx: ParticipantContext,
): { source: Participant[]; target: Participant[] } {
  const ownerStart = owner[0]?.span?.start;
  const phraseStart = ownerStart === undefined ? -1 : ctx.tokens.findIndex((t) => t.start === ownerStart);
  const from = phraseStart >= 0 ? Math.min(phraseStart, match.tokenStart) : match.tokenStart;
  const subject = findSubject(from, ctx, false);
  const rejecter = subject.length > 0 ? subject : reportingSpeaker(from, ctx);
  const own = new Set(rejecter.map((p) => p.actorId));
  return { source: rejecter, target: owner.filter((p) => !own.has(p.actorId)) };
}

/**
 * "asked European governments to", "urged Gulf states to": capitalised words and a collective noun filling the
 * trigger's actor slot are an unnamed group of parties, the one asked, even when the word is an adjective the
 * gazetteer knows ("European" of the EU) and so no name of its own.
 */
function collectiveInsideTrigger(match: TriggerMatch, ctx: ParticipantContext): Participant | null {
  if (match.trigger.isNoun) return null;
  const { tokens } = ctx;
  for (let j = match.tokenStart + 2; j < match.tokenEnd; j++) {
    if (!COLLECTIVE_NOUNS.has(tokens[j]!.lower)) continue;
    let start = j;
    while (start > match.tokenStart + 1 && tokens[start - 1]!.capitalised && tokens[start - 1]!.isWord) start--;
    return start < j ? unresolvedName(start, j + 1, ctx) : null;
  }
  return null;
}

/** "him" is always an object; "her" only when no noun follows it ("urged her to", not "urged her counterpart"). */
function isObjectPronoun(word: string, next: Token | undefined): boolean {
  if (word === 'him') return true;
  return word === 'her' && (next === undefined || !next.isWord || next.lower === 'to' || next.lower === 'of');
}

/** "Talks between A and B ended with an agreement": a verb whose subject is the meeting just read has its parties. */
function meetingParties(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  const meeting = (ctx.earlier ?? []).find((d) => isMeetingSubjectOf(d.match, match, ctx.tokens));
  if (!meeting) return null;
  const parties = dedupe([...meeting.source, ...meeting.target]);
  return parties.length >= 2 ? parties : null;
}

/** "X and Y agreed ... after their talks", "X agreed ... after talks with Z": the meeting is the main clause subject's. */
function ownerGroup(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  // "after talks between A and B": a meeting naming its own parties is theirs alone.
  const between =
    ctx.tokens[match.tokenEnd - 1]?.lower === 'between' || ctx.tokens[match.tokenEnd]?.lower === 'between';
  const owner = between ? betweenTheirOwn(match, ctx.tokens) : meetingOwner(match, ctx.tokens);
  const subject = owner ? mainClauseSubject(match.tokenStart, ctx.tokens, ctx.mentions) : null;
  if (!subject) return owner ? pairSubjectBefore(match.tokenStart, ctx) : null;
  const group = groupFrom(subject, ctx);
  return owner === 'their' && group.length < 2 ? null : group;
}

/**
 * "agreed to a ceasefire after talks between their military commanders": a meeting between "their" people
 * names no parties of its own; it is the main clause subject's, as "their talks" is.
 */
function betweenTheirOwn(match: TriggerMatch, tokens: Token[]): 'their' | null {
  const after = tokens[match.tokenEnd - 1]?.lower === 'between' ? match.tokenEnd : match.tokenEnd + 1;
  return tokens[after]?.lower === 'their' && meetingOwner(match, tokens) !== null ? 'their' : null;
}

/**
 * "The two governments had agreed ... after talks in Moscow": a main clause whose subject is a pair phrase owns
 * the meeting as a named subject does; the phrase stands for the two parties named before.
 */
function pairSubjectBefore(at: number, ctx: ParticipantContext): Participant[] | null {
  for (let j = 0; j < at; j++) {
    const end = pairPhraseEnd(ctx.tokens, j);
    if (end > 0 && end <= at) return pairAnaphor(end - 1, ctx);
  }
  return null;
}

/** "Meeting Putin on Wednesday, Kim pledged": the main clause's subject group, for a participle opening the sentence. */
function openerGroup(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  const subject = openerSubject(match, ctx.tokens, ctx.mentions);
  return subject ? groupFrom(subject, ctx) : null;
}

/** The subject: the nearest actor group to the left within the clause, skipping auxiliaries and appositives. */
function findSubject(from: number, ctx: ParticipantContext, isNoun: boolean): Participant[] {
  const { tokens, clause } = ctx;
  for (let j = from - 1, steps = 0; j >= 0 && steps < 14; j--, steps++) {
    const mention = mentionEndingAt(ctx, j);
    // "The Saudi-led coalition struck": what a party leads acts for it.
    if (mention && compoundAfterName(ctx.tokens, j + 1) === 'leader') return [asParticipant(mention)];
    // "Israeli jets struck", "Russian missiles hit": weapons stand for the state that fires them.
    if (mention && mention.via === 'adjective' && namesWeapon(tokens, mention.tokenEnd, from))
      return [asParticipant(mention)];
    // A bare adjective ("Israeli sources") names no one who acts, but demonyms before a noun for people name their states.
    const people = mention?.via === 'adjective' ? demonymsOfPeopleEndingAt(mention, tokens, ctx.mentions) : [];
    if (people.length > 0) return people.map(asParticipant);
    if (mention && mention.via !== 'adjective') {
      // "Israel's regional neighbors ... support": the possessed noun acts, not the possessor.
      // "Ukraine's delegation said", "Armenia's negotiating team agreed": people who act for the possessor do.
      if (/^['’]s$/.test(tokens[j + 1]?.text ?? '') && j + 2 < from && startsPossessedNoun(tokens, j + 2))
        return ownsActOf(j + 1, from, tokens) || headsPeople(j + 2, tokens) ? groupEndingAt(mention, ctx) : [];
      // "groups in the United States to help support": a name inside a place or time phrase is no subject.
      // "any US-South Korean exercise ... would be met": the demonym joined by the hyphen is a party too.
      if (!insidePlacePhrase(mention, tokens)) {
        // "talks mediated by Qatar and Turkey, ending the fighting between ...": another verb's agent is not a
        // noun's party.
        const group = groupEndingAt(mention, ctx);
        if (isNoun && agentOfAnotherVerb(group[0]!, ctx, from)) return [];
        return dedupe([
          ...groupEndingAt(mention, ctx),
          ...hyphenedFollowers(mention, tokens, ctx.mentions).map(asParticipant),
        ]);
      }
      j = mention.tokenStart;
      continue;
    }
    const token = tokens[j]!;
    if (ctx.otherTriggers.has(j)) return [];
    // Only as the subject of a verb: "despite optimism from both leaders, the talks ..." names no party of the talks.
    const pair = isNoun ? null : pairAnaphor(j, ctx);
    if (pair) return pair;
    if (PERSON_PRONOUNS.has(token.lower))
      return speakerAsPronoun(j, ctx) ?? pronoun(ctx.lastPerson(token.start), token);
    if (FIRST_PERSON.has(token.lower)) return pronoun(firstPerson(token, ctx), token);
    if (THING_PRONOUNS.has(token.lower)) return reportedSubject(j, ctx) ?? [];
    // "Hamas, whose fighters attacked Israel": what the antecedent owns (its fighters, its missiles) acts for it.
    if (token.lower === 'whose') return relativeAntecedent(j, ctx) ?? [];
    if (token.text === ',' && j > clause[0]) {
      // "Egypt, which has sent weapons to Mogadishu, welcomed": the relative clause's antecedent is the subject.
      const antecedent = steps === 0 ? antecedentOfClosedRelative(j, ctx) : null;
      if (antecedent) return antecedent;
      // "X and her counterpart, Anika Sorrel, met": the name before the comma is the subject.
      const named = mentionEndingAt(ctx, j - 1);
      if (named && named.via !== 'adjective' && steps === 0)
        return describedHead(named, ctx) ?? extendAcrossAppositive(groupEndingAt(named, ctx), ctx);
      const appositive = skipAppositive(j, ctx);
      if (appositive) return appositive;
      if (!isNoun) break;
    }
    if (j < clause[0] || isClauseBoundary(token, tokens[j + 1])) return relativeAntecedent(j, ctx) ?? [];
    if (isNameToken(token, ctx, j) && j > 0) {
      const name = unresolvedNameEndingAt(j, ctx);
      if (name) return extendLeft([name], tokenAt(name, ctx), ctx);
    }
  }
  return [];
}

// Weapons and platforms a nationality adjective can qualify; people and units are the sector agents' (actors/).
const WEAPON_NOUNS = new Set([
  'jets',
  'jet',
  'warplanes',
  'warplane',
  'aircraft',
  'planes',
  'bombers',
  'fighters',
  'drones',
  'drone',
  'missiles',
  'missile',
  'rockets',
  'rocket',
  'artillery',
  'tanks',
  'warships',
  'warship',
  'ships',
  'gunboats',
  'helicopters',
  'shells',
  'batteries',
  'submarines',
  'destroyers',
  'frigates',
]);

/** "Israeli fighter jets", "Russian ballistic missiles": a weapon noun within two words after the adjective, before the verb. */
function namesWeapon(tokens: Token[], after: number, verb: number): boolean {
  // The weapon may open the trigger itself ("missiles struck").
  for (let k = after; k <= Math.min(verb, after + 2); k++) {
    if (WEAPON_NOUNS.has(tokens[k]!.lower)) return true;
    if (!tokens[k]!.isWord || tokens[k]!.capitalised) return false;
  }
  return false;
}

/** "in the United States", "from Kyiv": a mention right after a preposition of place or time (or its "the"). */
/** A group opening right after "by" (or "by the") that follows a verb before `from`: that verb's agent. */
function agentOfAnotherVerb(first: Participant, ctx: ParticipantContext, from: number): boolean {
  if (!first.span) return false;
  const at = tokenAt(first, ctx);
  const by = ctx.tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return by > 0 && by < from && ctx.tokens[by]!.lower === 'by';
}

function insidePlacePhrase(mention: ActorMention, tokens: Token[]): boolean {
  const before = tokens[mention.tokenStart - 1]?.lower === 'the' ? mention.tokenStart - 2 : mention.tokenStart - 1;
  return SUBJECTLESS_PREPOSITIONS.has(tokens[before]?.lower ?? '');
}

// Prepositions whose object is never the clause's subject; "by" (agents), "of" (titles: "president of Iran"),
// "with" and "between" (parties) are left out on purpose.
const SUBJECTLESS_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'into',
  'inside',
  'near',
  'across',
  'to',
  'toward',
  'towards',
  'on',
  'during',
  'since',
  'until',
]);

/** "Seoul's decision to switch off": the owner of a decision, plan or refusal to do the trigger acts. */
function ownsActOf(possessive: number, trigger: number, tokens: Token[]): boolean {
  const act = ownedActNoun(tokens, possessive);
  return act >= 0 && tokens[act + 1]?.lower === 'to' && act + 2 === trigger;
}

/** A word after "X's" is the possessed noun ("Israel's neighbors"); punctuation is not. */
function startsPossessedNoun(tokens: Token[], j: number): boolean {
  return tokens[j]?.isWord === true;
}

/** The subject of the verb of saying that opens this clause ("Trump said Sunday that talks ..."). */
function reportingSpeaker(from: number, ctx: ParticipantContext): Participant[] {
  for (let j = from - 1; j >= 0; j--) {
    if (!REPORTING_VERBS.has(ctx.tokens[j]!.lower)) continue;
    const speaker = lastNamedEndingBy(ctx.mentions, -1, j);
    return speaker ? [asParticipant(speaker)] : [];
  }
  return trailingSpeaker(from, ctx);
}

/**
 * "Negotiations with the Taliban had ended without a deal, Pakistan said": the subject of a trailing verb of
 * saying, named right after the comma before it (a determiner allowed), is the speaker.
 */
function trailingSpeaker(from: number, ctx: ParticipantContext): Participant[] {
  for (let j = from + 1; j < ctx.tokens.length; j++) {
    if (!REPORTING_VERBS.has(ctx.tokens[j]!.lower) || ctx.tokens[j]!.capitalised) continue;
    const speaker = mentionEndingAt(ctx, j - 1);
    if (!speaker || speaker.via === 'adjective') return [];
    let comma = speaker.tokenStart - 1;
    if (ctx.tokens[comma]?.lower === 'the') comma--;
    return ctx.tokens[comma]?.text === ',' ? [asParticipant(speaker)] : [];
  }
  return [];
}

// Words by which a speaker says what someone else must do ("said Iraq must cooperate").
const OBLIGATION = new Set(['must', 'should', 'ought']);

/**
 * Who demands an act: the speaker of the verb of saying around a clause that says its actor must act ("Chirac
 * reminded Iraq that it must cooperate", "Armenia must change its constitution, Aliyev said"), or nobody.
 */
export function demanderOf(match: TriggerMatch, ctx: Pick<ParticipantContext, 'tokens' | 'mentions'>): Participant[] {
  const before = ctx.tokens.slice(Math.max(0, match.tokenStart - 3), match.tokenStart).map((t) => t.lower);
  if (
    !before.some((w) => OBLIGATION.has(w)) &&
    !(before.at(-1) === 'to' && /^(has|have|needs|need)$/.test(before.at(-2) ?? ''))
  )
    return [];
  return speakerOf(match, ctx);
}

/** The subject of the verb of saying that frames a trigger's clause ("Kosovo said Serbia had attacked"), if any. */
export function speakerOf(match: TriggerMatch, ctx: Pick<ParticipantContext, 'tokens' | 'mentions'>): Participant[] {
  const { tokens, mentions } = ctx;
  for (let j = match.tokenStart - 1; j >= 0; j--)
    if (REPORTING_VERBS.has(tokens[j]!.lower) || tokens[j]!.lower === 'reminded' || tokens[j]!.lower === 'insisted') {
      const speaker = lastNamedEndingBy(mentions, -1, j);
      return speaker ? [asParticipant(describedSpeaker(speaker, j, tokens, mentions))] : [];
    }
  // "..., X said": a trailing verb of saying after its subject.
  for (let j = match.tokenEnd; j < tokens.length; j++) {
    if (!REPORTING_VERBS.has(tokens[j]!.lower)) continue;
    const speaker = lastNamedEndingBy(mentions, match.tokenEnd, j) ?? mentionStartingAt(ctx, j + 1);
    return speaker ? [asParticipant(speaker)] : [];
  }
  return [];
}

// The look-ups of the loops above, as functions: an arrow in a loop that reads the loop's index makes V8 allocate
// a scope for every token the loop passes.

/** The last mention naming a party (no adjective) that starts after `after` and ends by token `by`. */
function lastNamedEndingBy(mentions: ActorMention[], after: number, by: number): ActorMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.tokenStart > after && m.tokenEnd <= by && m.via !== 'adjective') return m;
  }
  return undefined;
}

// Words that open a description set off by commas after a name ("Kallas, the EU's foreign policy chief, said").
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
// How far a description may run between its commas.
const DESCRIPTION_SPAN = 10;
// Words that open a relative clause set off by commas after a name ("Rubio, who met Lavrov in Riyadh, said").
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);
// How far such a relative clause may run between its commas.
const RELATIVE_SPAN = 20;

/**
 * The speaker of "<name>, <description>, said" or "<name>, who ..., said": the name before the description or
 * relative clause, not a party it names ("the EU's foreign policy chief", "who met Lavrov in Riyadh").
 */
function describedSpeaker(last: ActorMention, verb: number, tokens: Token[], mentions: ActorMention[]): ActorMention {
  if (tokens[verb - 1]?.text !== ',') return last;
  for (let c = last.tokenStart - 1; c >= Math.max(0, verb - RELATIVE_SPAN); c--) {
    if (tokens[c]!.text !== ',') continue;
    // "Kallas, who visited Kyiv on Monday, said": the name the relative clause is about speaks.
    // "The EU foreign policy chief, who ...": a name a few lower-case words before the comma heads the noun.
    if (RELATIVE_OPENERS.has(tokens[c + 1]?.lower ?? ''))
      return (
        mentions.find(
          (m) => m.tokenEnd >= c - 3 && m.tokenEnd <= c && m.via !== 'adjective' && headsNounTo(m, c, tokens),
        ) ?? last
      );
    if (c < verb - DESCRIPTION_SPAN) return last;
    // "the EU's foreign policy chief", "NATO's secretary general": a determiner or an owner opens it.
    const owner = mentions.find((m) => m.tokenStart === c + 1);
    const owned = owner !== undefined && (owner.via === 'role' || /^['’]s$/.test(tokens[owner.tokenEnd]?.text ?? ''));
    if (!DESCRIPTION_OPENERS.has(tokens[c + 1]?.lower ?? '') && !owned) return last;
    const named = mentions.find((m) => m.tokenEnd === c && m.via !== 'adjective');
    return named ?? last;
  }
  return last;
}

/** Whether only lower-case words stand between a name and the comma at `comma` ("the EU foreign policy chief,"). */
function headsNounTo(m: ActorMention, comma: number, tokens: Token[]): boolean {
  for (let k = m.tokenEnd; k < comma; k++) if (!tokens[k]!.isWord || tokens[k]!.capitalised) return false;
  return true;
}

/** "agreed to gradually withdraw": an adverb in -ly between "to" and the verb at `verb`. */
function splitInfinitive(tokens: Token[], verb: number): boolean {
  return tokens[verb - 2]?.lower === 'to' && /^\p{Ll}+ly$/u.test(tokens[verb - 1]?.text ?? '');
}

/**
 * A verb joined by "and" shares the subject of the verb before it ("met X and visited Y"), or of the main
 * clause when the word before was no verb; an infinitive of purpose right after another event ("held talks
 * to secure a deal") has that event's parties as its subject.
 */
// Auxiliaries and adverbs that may stand between "and" and the verb it joins.
const JOINED_VERB_OPENERS = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'did',
  'also',
  'later',
  'then',
  'since',
  'subsequently',
  'again',
  'quickly',
  'immediately',
]);

/** The token before a verb, past auxiliaries and adverbs when a coordinating "and" or "but" precedes them. */
function conjunctionBefore(tokens: Token[], verb: number): number {
  let k = verb - 1;
  while (k > 0 && JOINED_VERB_OPENERS.has(tokens[k]!.lower)) k--;
  const word = tokens[k]?.lower;
  return word === 'and' || word === 'but' ? k : verb - 1;
}

function sharedSubject(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  if (match.trigger.isNoun) return null;
  // "agreed to gradually withdraw", "agreed to begin withdrawing": the infinitive's subject is the promiser's.
  const infinitive =
    splitInfinitive(ctx.tokens, match.tokenStart) || toThroughAspect(ctx.tokens, match.tokenStart) >= 0;
  const before = infinitive ? 'to' : ctx.tokens[conjunctionBefore(ctx.tokens, match.tokenStart)]?.lower;
  const previous = ctx.previous;
  // "welcomed the talks but warned Tbilisi": a verb after "and" or "but" shares the subject of the one before,
  // also over an auxiliary or adverb ("deported migrants and has refused to", "and later rejected").
  if (before === 'and' || before === 'but') {
    const speaker = previous ? speakerOfReportedAct(match, previous.match, ctx) : null;
    if (speaker) return speaker;
    // "Modi received Hasina and assured her": a verb read in reverse has its grammatical subject as target.
    const shared =
      previous && !previous.match.trigger.isNoun
        ? previous.match.trigger.direction === 'reverse' && previous.target.length > 0
          ? previous.target
          : previous.source
        : [];
    // "..., saying the aircraft had been destroyed, and accused Algeria": a verb before with no actor of its own
    // (an agentless passive) hands on nothing; the main clause's subject acts.
    if (shared.length > 0) return shared;
    const main = mainSubject(match.tokenStart - 1, ctx);
    return main.length > 0 ? main : null;
  }
  const followsPrevious =
    previous && match.tokenStart - previous.match.tokenEnd <= 6 && match.tokenStart >= previous.match.tokenEnd;
  // "retaliated by imposing tariffs", "responded on Friday by expelling two diplomats": the means is done by the
  // one who acts through it.
  if (
    before === 'by' &&
    match.verbForms?.includes('ing') &&
    previous &&
    followsPrevious &&
    !previous.match.trigger.isNoun
  )
    return previous.source.length > 0 ? previous.source : null;
  if (
    before === 'to' &&
    previous &&
    followsPrevious &&
    !followsOwnedActNoun(ctx.tokens, match.tokenStart, previous.match.tokenEnd)
  ) {
    // "flew to Addis Ababa to meet Abiy": the traveller does what the journey was for, not the place's state.
    if (previous.match.trigger.mode === 'visit') return previous.source.length > 0 ? previous.source : null;
    // "pledged to send aid to Myanmar": who promises is who acts, not the one the promise is made to.
    if (isPromiseToAct(previous.match, ctx.tokens)) return previous.source.length > 0 ? previous.source : null;
    // "rejected calls from Paris to halt the offensive": what a request asks for is done by the one asked.
    if (previous.match.trigger.type === 'REQUEST' && previous.target.length > 0) return previous.target;
    // "blocked streets to protest the decision": after a directed act its actor goes on acting, alone.
    if (previous.match.trigger.direction !== 'mutual') return previous.source.length > 0 ? previous.source : null;
    // "called Tshisekedi and Kagame to press for a ceasefire": the caller presses those called.
    if (meetingPurposeTarget(match, ctx)) return previous.source;
    const parties = dedupe([...previous.source, ...previous.target]);
    return parties.length > 0 ? parties : null;
  }
  return null;
}

/**
 * "called Tshisekedi and Kagame on Thursday to press for a ceasefire", "met Aliyev to urge a deal": a directed act
 * that is the purpose of the call or meeting right before it is done by the one who called or met to those called
 * or met; those, or null when the act is not such a purpose. A shared purpose ("met to sign") stays both sides'.
 */
function meetingPurposeTarget(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  const previous = ctx.previous;
  if (match.trigger.isNoun || match.trigger.direction === 'mutual' || !previous) return null;
  if (previous.match.trigger.direction !== 'mutual' || previous.match.trigger.isNoun) return null;
  if (previous.source.length === 0 || previous.target.length === 0) return null;
  const before = splitInfinitive(ctx.tokens, match.tokenStart) ? 'to' : ctx.tokens[match.tokenStart - 1]?.lower;
  const follows = match.tokenStart >= previous.match.tokenEnd && match.tokenStart - previous.match.tokenEnd <= 6;
  // The call's own trigger may end with the "to" ("called X on Thursday to"): the act follows it directly.
  const after = ctx.tokens[previous.match.tokenEnd - 1]?.lower === 'to' && match.tokenStart === previous.match.tokenEnd;
  return (before === 'to' && follows) || after ? previous.target : null;
}

// Verbal acts a speaker goes on to do after reporting another's act: pressing, blaming, praising, refusing.
const SPEAKERS_ACTS = new Set(['REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT']);
const REPORTED_AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'might',
]);

/**
 * "Zelensky said Russia had targeted civilians in Sumy and urged Washington to ...": a verbal act joined by
 * "and" to an act reported with an auxiliary ("had targeted", "was shelling") is the speaker's, in the tense
 * of the verb of saying ("said ... and urged"); the reported act's own subject did not urge. A material act
 * ("said Russia had shelled Kharkiv and killed three") stays with the reported subject.
 */
function speakerOfReportedAct(
  match: TriggerMatch,
  previous: TriggerMatch,
  ctx: ParticipantContext,
): Participant[] | null {
  if (!SPEAKERS_ACTS.has(match.trigger.type) || previous.trigger.isNoun) return null;
  const { tokens } = ctx;
  let aux = (previous.verbToken ?? previous.tokenStart) - 1;
  while (aux > 0 && (tokens[aux]!.lower.endsWith('ly') || tokens[aux]!.lower === 'also')) aux--;
  if (!REPORTED_AUXILIARIES.has(tokens[aux]?.lower ?? '')) return null;
  for (let j = aux - 1; j >= 0; j--) {
    const word = tokens[j]!.lower;
    if (!REPORTING_VERBS.has(word) || tokens[j]!.capitalised) continue;
    const tense = word.endsWith('s') ? 'present' : 'past';
    if (!match.verbForms?.includes(tense)) return null;
    const speaker = findSubject(j, { ...ctx, clause: [0, ctx.clause[1]] }, false);
    return speaker.length > 0 ? speaker : null;
  }
  return null;
}

/**
 * "flew to Cairo on Wednesday for talks with Sisi", "arrived in Doha for a meeting with": a meeting named as
 * the purpose of a journey right before it has the traveller as its subject.
 */
function purposeNounSubject(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  const previous = ctx.previous;
  if (!match.trigger.isNoun) return null;
  if (!previous || previous.source.length === 0 || match.trigger.type !== previous.match.trigger.type) return null;
  if (match.tokenStart < previous.match.tokenEnd || match.tokenStart - previous.match.tokenEnd > 10) return null;
  for (let j = match.tokenStart - 1; j >= Math.max(previous.match.tokenEnd, match.tokenStart - 6); j--) {
    const word = ctx.tokens[j]!.lower;
    if (word === 'for') return previous.source;
    // "for talks", "for a fresh round of talks", "for two days of talks".
    if (!PURPOSE_NOUN_MODIFIERS.test(word) && ctx.tokens[j]!.pos !== 'NUM') return null;
  }
  return null;
}

/**
 * ", agreeing to halt all firing": the main clause's subject, or, when it names its parties only by demonyms
 * ("the Indian and Pakistani commanders spoke by hotline, agreeing ..."), the actors of the main clause's event.
 */
function participleSubject(comma: number, ctx: ParticipantContext): Participant[] {
  const main = mainSubject(comma, ctx);
  if (main.length > 0) return main;
  const previous = ctx.previous;
  if (!previous || previous.match.tokenEnd > comma || previous.match.trigger.isNoun) return [];
  return previous.match.trigger.direction === 'mutual'
    ? dedupe([...previous.source, ...previous.target])
    : previous.source;
}

/**
 * The main clause before a participle's comma has a verb event whose subject is no actor ("Gunmen attacked ...",
 * "A drone struck ..."): no actor named before that verb.
 */
function mainSubjectUnnamed(comma: number, ctx: ParticipantContext): boolean {
  const previous = ctx.previous;
  if (!previous || previous.match.trigger.isNoun || previous.match.tokenEnd > comma) return false;
  if (previous.source.length > 0) return false;
  const verb = previous.match.tokenStart;
  return !ctx.mentions.some((m) => m.tokenEnd <= verb);
}

/** ", calling for ...": a participle after a comma shares the subject of the main clause. */
function mainSubject(comma: number, ctx: ParticipantContext): Participant[] {
  const first = ctx.mentions.find((m) => m.tokenEnd <= comma && m.via !== 'adjective');
  return first ? groupFrom(first, ctx) : [];
}

/** "Veldoria's foreign minister and her Ostravan counterpart, Anika Sorrel": reach back over the description. */
function extendAcrossAppositive(group: Participant[], ctx: ParticipantContext): Participant[] {
  const first = ctx.mentions.find((m) => m.actorId === group[0]!.actorId && m.start === group[0]!.span?.start);
  if (!first || ctx.tokens[first.tokenStart - 1]?.text !== ',') return group;
  for (let j = first.tokenStart - 2; j >= Math.max(0, first.tokenStart - 7); j--) {
    const token = ctx.tokens[j]!;
    if (token.lower === 'and') {
      const before = mentionEndingAt(ctx, j - 1);
      return before ? dedupe([...groupEndingAt(before, ctx), ...group]) : group;
    }
    const m = mentionEndingAt(ctx, j);
    if ((m && m.via !== 'adjective') || !token.isWord) return group;
  }
  return group;
}

/**
 * "Qatar and Egypt, which mediated the talks": a coordinated antecedent is the whole group. Not one after a
 * preposition ("talks between Kyiv and Moscow, which ..."): the clause may be about the noun before it.
 */
function relativeGroup(last: ActorMention, ctx: ParticipantContext): Participant[] {
  const group = groupEndingAt(last, ctx);
  const first = ctx.mentions.find((m) => m.actorId === group[0]!.actorId && m.start === group[0]!.span?.start);
  const opener = first ? ctx.tokens[first.tokenStart - 1]?.lower : undefined;
  return group.length > 1 && opener !== undefined && GROUP_PREPOSITIONS.has(opener) ? [asParticipant(last)] : group;
}

const GROUP_PREPOSITIONS = new Set(['between', 'with', 'of', 'against', 'on', 'to', 'from', 'by', 'and']);

/**
 * "Egypt, which has sent weapons to Mogadishu, welcomed ...": when the comma at `close` ends a relative clause
 * that a comma after a name opened ("who", "which"), that name; null when the stretch before `close` back to its
 * opening comma is no relative clause.
 */
function antecedentOfClosedRelative(close: number, ctx: ParticipantContext): Participant[] | null {
  const { tokens } = ctx;
  for (let c = close - 1; c >= Math.max(1, close - RELATIVE_SPAN); c--) {
    if (tokens[c]!.text !== ',') continue;
    const word = tokens[c + 1]?.lower;
    return word === 'who' || word === 'which' ? relativeAntecedent(c + 1, ctx) : null;
  }
  return null;
}

/** "Witkoff, who met ...": the antecedent of a relative pronoun is the subject. */
function relativeAntecedent(j: number, ctx: ParticipantContext): Participant[] | null {
  const word = ctx.tokens[j]!.lower;
  if (word !== 'who' && word !== 'which' && word !== 'that' && word !== 'whose') return null;
  const before = ctx.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
  const mention = mentionEndingAt(ctx, before);
  if (mention) return relativeGroup(mention, ctx);
  // "Thai and Cambodian army chiefs, who ...": the parties that head the noun before the comma are the antecedent.
  const headed = word !== 'that' ? partiesHeadingNounAt(before, ctx) : [];
  if (headed.length > 0) return headed;
  // "He Lifeng, who led ...": a name the gazetteer lacks is the antecedent too.
  const name =
    word === 'who' && isNameToken(ctx.tokens[before] ?? ctx.tokens[j]!, ctx, before)
      ? unresolvedNameEndingAt(before, ctx)
      : null;
  return name ? [name] : null;
}

// Plural nouns for people the tagger may take for verbs ("chiefs", "negotiators", "leaders").
const PEOPLE_NOUN_FORM = /(chiefs?|ers?|ors?|ists?|ants?|ents?|ians?|als)$/;

/**
 * The parties qualifying the noun that ends at `noun`: "Thai and Cambodian army chiefs" (a group mention and a
 * few lower-case words), "Indian and Pakistani commanders" (demonyms before a noun for people); else none.
 */
function partiesHeadingNounAt(noun: number, ctx: ParticipantContext): Participant[] {
  const head = ctx.tokens[noun];
  if (!head || head.capitalised || (head.pos !== 'NOUN' && !PEOPLE_NOUN_FORM.test(head.lower))) return [];
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const named = mentionEndingAt(ctx, k);
    if (named && named.via !== 'adjective') return relativeGroup(named, ctx);
    if (named) return demonymsOfPeopleEndingAt(named, ctx.tokens, ctx.mentions).map(asParticipant);
    if (!ctx.tokens[k]!.isWord || ctx.tokens[k]!.capitalised) return [];
  }
  return [];
}

/**
 * "where the US president said he would lift all sanctions", "Sharif told parliament that he had ordered": "he"
 * or "she" right after a verb of saying (and its "that") is the person who says it, not the article's topic.
 */
function speakerAsPronoun(j: number, ctx: ParticipantContext): Participant[] | null {
  const { tokens } = ctx;
  let verb = tokens[j - 1]?.lower === 'that' ? j - 2 : j - 1;
  // "told reporters he would", "told parliament that she": the one told stands between.
  if (!REPORTING_VERBS.has(tokens[verb]?.lower ?? '') && /^(told|tells)$/.test(tokens[verb - 1]?.lower ?? '')) verb--;
  if (!REPORTING_VERBS.has(tokens[verb]?.lower ?? '') || !ctx.isPerson) return null;
  const speaker = findSubject(verb, { ...ctx, clause: [0, ctx.clause[1]] }, false);
  if (speaker.length !== 1 || !ctx.isPerson(speaker[0]!.actorId)) return null;
  return [{ ...speaker[0]!, via: 'pronoun', span: spanOf(tokens[j]!) }];
}

/** "announced it would lift": "it" is whoever announced; "they" never one person (`plural-pronouns.ts`). */
function reportedSubject(j: number, ctx: ParticipantContext): Participant[] | null {
  const verb = ctx.tokens[j - 1];
  const plural = (found: Participant[]) => pluralReading(ctx.tokens[j]!, found, ctx.previous, ctx.isPerson);
  if (!verb || !REPORTING_VERBS.has(verb.lower)) {
    const earlier = ctx.mentions.filter((m) => m.tokenEnd <= j && m.via !== 'role').at(-1);
    return earlier ? plural([{ ...asParticipant(earlier), via: 'pronoun', span: spanOf(ctx.tokens[j]!) }]) : null;
  }
  const inner = { ...ctx, clause: [0, ctx.clause[1]] as [number, number] };
  const found = joinedSpeaker(j - 1, ctx.tokens, ctx.previous) ?? findSubject(j - 1, inner, false);
  return plural(found.map((p) => ({ ...p, via: 'pronoun' as const, span: spanOf(ctx.tokens[j]!) })));
}

/** "Netanyahu, the first foreign leader to visit ..., will discuss": jump over the appositive. */
/**
 * "Poland, a NATO member bordering Ukraine, shot down", "Burhan, the head of Sudan's army, flew": a name
 * inside a description set off by commas is not the subject; the name the description follows is.
 */
function describedHead(named: ActorMention, ctx: ParticipantContext): Participant[] | null {
  const { tokens } = ctx;
  for (let k = named.tokenStart - 1; k >= Math.max(ctx.clause[0], named.tokenStart - 12); k--) {
    if (tokens[k]!.text !== ',') continue;
    const first = tokens[k + 1];
    if (!first || first.capitalised || !first.isWord) return null;
    const head = mentionEndingAt(ctx, k - 1);
    return head && head.via !== 'adjective' ? groupEndingAt(head, ctx) : null;
  }
  return null;
}

function skipAppositive(comma: number, ctx: ParticipantContext): Participant[] | null {
  for (let k = comma - 1; k >= Math.max(0, comma - 25); k--) {
    if (ctx.tokens[k]!.text !== ',') continue;
    const mention = mentionEndingAt(ctx, k - 1);
    if (mention) return groupEndingAt(mention, ctx);
    // "Thai and Cambodian army chiefs, who last spoke on Friday, will meet": the parties heading the noun.
    const headed = RELATIVE_OPENERS.has(ctx.tokens[k + 1]?.lower ?? '') ? partiesHeadingNounAt(k - 1, ctx) : [];
    return headed.length > 0 ? headed : null;
  }
  return null;
}

/** The object: the first actor group to the right within a few words, before any clause boundary. */
/**
 * Whether a demonym in the object names the party acted on: "rejected a Ukrainian call", "halted imports of
 * Russian gas", "accepted an American proposal". Not for meetings: "discussed the Iranian nuclear programme"
 * is not a meeting with Iran.
 */
function adjectiveCanBeTarget(match: TriggerMatch): boolean {
  return match.trigger.direction !== 'mutual' && !match.trigger.isNoun;
}

/**
 * The object after the trigger. `throughThat`: a demand's target is the subject of its "that" clause
 * ("demanded on Monday that Washington cancel the tariffs").
 */
function findObject(
  from: number,
  ctx: ParticipantContext,
  isNoun: boolean,
  adjectiveTargets = false,
  throughThat = false,
  meeting = false,
  occasionIsSetting = false,
): Participant[] {
  const { tokens } = ctx;
  const limit = isNoun ? 6 : 8;
  for (let j = from, steps = 0; j < tokens.length && steps < limit; j++) {
    // "talks in Kabul on Wednesday with his Pakistani and Afghan counterparts": where and when cost no reach.
    if (!isSettingWord(j, ctx)) steps++;
    const mention = mentionStartingAt(ctx, j);
    // An adjective names a party as the object of an attack or pressure ("strikes on Iranian sites") and as
    // the owner of what a verb acts on ("rejected a Ukrainian call").
    const adjectiveParty = adjectiveTargets || OBJECT_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '');
    // "agreed to meet again in Brazil": a country after "in" is where a meeting is held, not a party to it.
    if (mention && meeting && IN_PLACE.has(tokens[j - 1]?.lower ?? '') && isStateName(mention, ctx)) {
      j = mention.tokenEnd - 1;
      continue;
    }
    // "signed the accord at a White House ceremony": a name qualifying the occasion is where, not whom.
    if (mention && occasionIsSetting && namesOccasion(mention, tokens)) {
      j = mention.tokenEnd - 1;
      continue;
    }
    // "talks between Thai and Cambodian defence officials": demonyms before a noun for people name the parties.
    const people = mention?.via === 'adjective' ? demonymsOfPeopleFrom(mention, tokens, ctx.mentions) : [];
    if (people.length > 0) return people.map(asParticipant);
    // "shelled the port and Belarus held drills": the subject of a joined clause is no object of the verb.
    if (mention && !isNoun && opensJoinedClause(tokens, mention.tokenStart, mention.tokenEnd)) break;
    if (mention && (mention.via !== 'adjective' || adjectiveParty)) {
      // "with Israel's regional neighbors": the possessed noun is the object, not the possessor.
      const possessive =
        /^['’]s$/.test(tokens[mention.tokenEnd]?.text ?? '') && startsPossessedNoun(tokens, mention.tokenEnd + 1);
      // "praised Trump's role", "rejected Moscow's proposal": who owns the act or part is the one a directed
      // verb acts on; what is discussed in "Trump's call with Putin" leaves Trump a party of his own call.
      const ownedAct = adjectiveTargets && ownedActNoun(tokens, mention.tokenEnd) >= 0;
      if (possessive && !possessedActor(mention, ctx) && !ownedAct) return [];
      // "condemned the US-South Korean drills": every party joined by the hyphen is the object.
      const joined = hyphenedFollowers(mention, tokens, ctx.mentions).map(asParticipant);
      const group = isNoun ? groupFrom(mention, ctx) : beforeJoinedClause(groupFrom(mention, ctx), ctx);
      return dedupe([...group, ...joined]);
    }
    // "urged both sides to return to talks", "called on the two leaders to": the pair named before.
    const pair = mention ? null : pairAnaphor(j, ctx);
    if (pair) return pair;
    const token = tokens[j]!;
    // "her Ostravan counterpart, Anika Sorrel,": a name in apposition is the object; a name before a verb of
    // saying ("agreed to a truce, Malaysia said") is who reports it, not one more party.
    const speaker = token.lower === 'him' || token.lower === 'her' ? speakerAfterPronoun(j, ctx) : undefined;
    if (speaker) return [asParticipant(speaker)];
    const apposed = token.text === ',' && j > from ? mentionStartingAt(ctx, j + 1) : undefined;
    if (apposed && !REPORTING_VERBS.has(tokens[apposed.tokenEnd]?.lower ?? '')) continue;
    if (throughThat && token.lower === 'that' && !isNoun) continue;
    if (ctx.otherTriggers.has(j) || token.text === ',' || token.text === '.' || isClauseBoundary(token, tokens[j + 1]))
      break;
    if (token.lower === 'to' && tokens[j + 1] && !tokens[j + 1]!.capitalised && j > from) break;
    if (isNameToken(token, ctx, j)) {
      const name = unresolvedNameStartingAt(j, ctx);
      if (name) return [name];
    }
  }
  return [];
}

/**
 * "attacked Afghanistan and China called for calm": a verb's object group ends before a party that opens a clause
 * of its own. Not after a noun ("welcomed the deal Ethiopia and Eritrea signed": the names are a relative
 * clause's subject, and the verb after them is that clause's).
 */
function beforeJoinedClause(group: Participant[], ctx: ParticipantContext): Participant[] {
  if (group.length < 2 || !group[0]!.span) return group;
  if (ctx.tokens[tokenAt(group[0]!, ctx) - 1]?.pos === 'NOUN') return group;
  // "attended by Russian and Ukrainian negotiators": demonyms joined before one noun are one group.
  const cut = group.findIndex(
    (p, i) =>
      i > 0 &&
      p.span !== null &&
      group[i - 1]!.via !== 'adjective' &&
      group[i - 1]!.via !== 'group' &&
      opensJoinedClause(ctx.tokens, tokenAt(p, ctx), tokenAfter(p, ctx)),
  );
  return cut > 0 ? group.slice(0, cut) : group;
}

/**
 * "refused to sit down with him, Vucic told reporters": a person who reports, right after an object "him" or
 * "her", speaks of himself or herself.
 */
function speakerAfterPronoun(j: number, ctx: ParticipantContext): ActorMention | undefined {
  if (ctx.tokens[j + 1]?.text !== ',') return undefined;
  const next = mentionStartingAt(ctx, j + 2);
  if (!next || !REPORTING_VERBS.has(ctx.tokens[next.tokenEnd]?.lower ?? '')) return undefined;
  return ctx.isPerson?.(next.actorId) ? next : undefined;
}

// Occasions an act takes place at: a name qualifying one ("a Kremlin reception") sets the scene.
const OCCASION_NOUNS = new Set([
  'ceremony',
  'summit',
  'meeting',
  'reception',
  'dinner',
  'lunch',
  'luncheon',
  'banquet',
  'event',
  'briefing',
  'gathering',
  'forum',
  'conference',
]);
// Acts on whoever is at an occasion: "opened fire at a Hezbollah gathering" acts on Hezbollah.
const ACTS_ON_THOSE_PRESENT = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/** "at a White House ceremony", "during a Kremlin reception": a name between "at a" and an occasion noun. */
function namesOccasion(mention: ActorMention, tokens: Token[]): boolean {
  const article = tokens[mention.tokenStart - 1]?.lower ?? '';
  const preposition = tokens[mention.tokenStart - 2]?.lower ?? '';
  if (!['a', 'an', 'the'].includes(article) || !['at', 'during', 'in'].includes(preposition)) return false;
  for (let k = mention.tokenEnd; k < Math.min(tokens.length, mention.tokenEnd + 3); k++) {
    if (OCCASION_NOUNS.has(tokens[k]!.lower)) return true;
    if (!tokens[k]!.isWord || tokens[k]!.capitalised) return false;
  }
  return false;
}

/** A word of a place or day phrase: the place's name, a weekday or month, or the preposition before one. */
function isSettingWord(j: number, ctx: ParticipantContext): boolean {
  const word = ctx.tokens[j]!.lower;
  return isSettingToken(j, ctx) || ((word === 'in' || word === 'on' || word === 'at') && isSettingToken(j + 1, ctx));
}

/**
 * A weekday or month, or a blocked token no mention covers (a place's). A module function, not an arrow made in
 * `isSettingWord`: under tsx a named closure costs about a microsecond to make.
 */
function isSettingToken(k: number, ctx: ParticipantContext): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  if (WEEKDAY_NAMES.includes(token.text) || MONTH_NAMES.includes(token.text)) return true;
  return ctx.blocked.has(k) && !ctx.mentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
}

/** Before a noun trigger: "Hamas's deadly attack", "a four-month Israeli blockade", "Trump-Netanyahu talks". */
function findModifiers(from: number, ctx: ParticipantContext): Participant[] {
  // A hyphen takes no room of its own: "Lavrov's two-day visit" has two words between its owner and its noun.
  for (let j = from - 1, words = 0; j >= 0 && words < 4; j--) {
    const token = ctx.tokens[j]!;
    if (token.text !== '-') words++;
    if (/^['’]s$/.test(token.text)) continue;
    const mention = mentionEndingAt(ctx, j);
    if (mention)
      return dedupe([
        ...hyphenedPartners(mention, ctx.tokens, ctx.mentions).map(asParticipant),
        ...groupEndingAt(mention, ctx),
      ]);
    // Only adjectives stand between a possessor and its noun: a determiner, verb or conjunction ends the search.
    if (ctx.otherTriggers.has(j) || NOT_MODIFIERS.has(token.lower) || (!token.isWord && token.text !== '-')) return [];
  }
  return [];
}

/**
 * The agent of a passive: "was rejected by X", "were killed by Indian missiles" (the weapon's state acts), and
 * the reduced relative "people killed by a Russian missile". An empty list is a passive with no agent named:
 * the grammatical subject is then the one acted on, never the actor.
 */
function findPassiveAgent(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  if (!match.verbForms?.includes('participle') || match.verbToken === null) return null;
  let auxAt = match.verbToken - 1;
  // "was strongly rejected by", "was first announced by", "were later expelled by".
  while (auxAt > 0 && isAdverbBeforeParticiple(ctx.tokens[auxAt]!)) auxAt--;
  const afterBe = BE_FORMS.has(ctx.tokens[auxAt]?.lower ?? '');
  const near = ctx.tokens.findIndex((t, i) => i >= match.tokenEnd && i < match.tokenEnd + 4 && t.lower === 'by');
  const by = near < 0 && afterBe ? byPastAdjuncts(ctx.tokens, match.tokenEnd) : near;
  // "people killed by", "sites struck by": a common noun, the participle, then "by" at once. After a name
  // ("Berlin rejected recent calls by ...") the participle is a finite verb.
  const reducedRelative =
    !afterBe &&
    by >= 0 &&
    // "the deal signed last year by Kosovo and Serbia": past adjuncts of time and place too.
    (((by <= match.tokenEnd + 1 || byPastAdjuncts(ctx.tokens, match.tokenEnd) === by) &&
      ctx.tokens[match.verbToken - 1]?.pos === 'NOUN') ||
      (by === match.tokenEnd &&
        (isParticipleAfterName(ctx.tokens, match.verbToken, ctx.mentions) ||
          isParticipleAside(ctx.tokens, match.verbToken))));
  // "will be paid for by European allies and delivered to Kyiv": a participle joined by "and" to a passive shares
  // its auxiliary and its agent.
  const sharedBy = afterBe ? -1 : coordinatedPassiveBy(match.verbToken, ctx.tokens);
  if (sharedBy >= 0) return agentAfterBy(by >= 0 ? by : sharedBy, ctx) ?? [];
  if (!afterBe && !reducedRelative) return null;
  const agent = by >= 0 ? agentAfterBy(by, ctx) : null;
  if (agent) return agent;
  // "A deal was agreed between A and B": parties alike, no agent to find.
  return match.trigger.direction === 'mutual' || reducedRelative ? null : [];
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** An adverb between a passive's auxiliary and its participle: one in -ly, or one the tagger reads so ("first"). */
function isAdverbBeforeParticiple(token: Token): boolean {
  return token.lower.endsWith('ly') || (token.pos === 'ADV' && token.lower !== 'not' && token.lower !== 'never');
}
const COORDINATED_REACH = 10;

/**
 * The "by" of a passive that a participle after "and" is coordinated with ("were paid for by X and delivered"),
 * -1 if none: before "and", a "by" phrase within reach, after a participle that a form of "be" governs.
 */
function coordinatedPassiveBy(verb: number, tokens: Token[]): number {
  if (tokens[verb - 1]?.lower !== 'and') return -1;
  for (let j = verb - 2; j > 1 && j >= verb - COORDINATED_REACH; j--) {
    if (tokens[j]!.lower !== 'by') {
      if (!tokens[j]!.isWord || isClauseBoundary(tokens[j]!, tokens[j + 1])) return -1;
      continue;
    }
    // "paid for by", "signed by": the participle (and a particle) before "by", a form of "be" before that.
    let k = j - 1;
    if (tokens[k]?.pos === 'ADP') k--;
    return /(ed|en|id)$/.test(tokens[k]?.lower ?? '') && BE_FORMS.has(tokens[k - 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

/** The form of "be" of the passive a participle after "and" is coordinated with, -1 if none. */
function coordinatedPassiveBe(verb: number, tokens: Token[]): number {
  const by = coordinatedPassiveBy(verb, tokens);
  if (by < 0) return -1;
  return tokens[by - 1]?.pos === 'ADP' ? by - 3 : by - 2;
}

/** The actor heading the noun phrase after "by", past its determiner and adjectives ("by a Russian ballistic missile"). */
/**
 * "the first visit to the Ostravan capital by a senior Veldorian official", "a visit by a US delegation": a
 * noun event's agent after "by" in its own phrase acts, as a passive's does; what the noun governs is the object.
 */
function nounAgent(match: TriggerMatch, ctx: ParticipantContext): Participant[] | null {
  if (!match.trigger.isNoun) return null;
  const { tokens } = ctx;
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + 8); j++) {
    const token = tokens[j]!;
    if (token.lower === 'by') {
      const agent = agentAfterBy(j, ctx);
      return agent && agent.length > 0 ? agent : null;
    }
    if (!token.isWord || ctx.otherTriggers.has(j) || isClauseBoundary(token, tokens[j + 1])) return null;
  }
  return null;
}

function agentAfterBy(by: number, ctx: ParticipantContext): Participant[] | null {
  for (let j = by + 1; j <= by + 7 && j < ctx.tokens.length; j++) {
    const mention = mentionStartingAt(ctx, j);
    if (mention) return groupFrom(mention, ctx);
    // "paid for by European allies", "backed by Gulf states": capitalised words and a plural noun for parties
    // are an unnamed group, the agent.
    const collective = collectiveGroupAt(j, ctx);
    if (collective) return [collective];
    // "by Serb protesters", "by Houthi fighters": a name the gazetteer lacks may qualify the agent's noun.
    const qualifier = ctx.tokens[j]!.capitalised && mentionStartingAt(ctx, j + 1) !== null;
    if (!qualifier && !leadsToAgent(ctx.tokens, j)) return null;
  }
  return null;
}

/** Capitalised words the gazetteer lacks before a plural noun for parties ("European allies"), as one unresolved group. */
function collectiveGroupAt(j: number, ctx: ParticipantContext): Participant | null {
  let end = j;
  while (end < ctx.tokens.length && ctx.tokens[end]!.capitalised && isNameToken(ctx.tokens[end]!, ctx, end)) end++;
  if (end === j || !COLLECTIVE_NOUNS.has(ctx.tokens[end]?.lower ?? '')) return null;
  return unresolvedNameStartingAt(j, ctx);
}

/** "people killed by", "a ceremony hosted by": a participle straight after its noun, with no "be" before it. */
function isReducedRelative(match: TriggerMatch, { tokens, mentions }: ParticipantContext): boolean {
  if (match.verbToken === null || match.verbToken === 0) return false;
  return (
    tokens[match.verbToken - 1]!.pos === 'NOUN' ||
    isParticipleAfterName(tokens, match.verbToken, mentions) ||
    isParticipleAside(tokens, match.verbToken)
  );
}

/**
 * The one acted on in a reduced relative is the noun the participle follows, when it names an actor
 * ("Iranian diplomats expelled by Baku"); in "a White House ceremony hosted by Trump" it is a ceremony, and the
 * name that modifies it is no party.
 */
function relativeHead(match: TriggerMatch, ctx: ParticipantContext): Participant[] {
  // "Rwanda, accused by Congo": an aside's head ends before its comma.
  const aside = isParticipleAside(ctx.tokens, match.verbToken!);
  const head = mentionEndingAt(ctx, match.verbToken! - (aside ? 2 : 1));
  return head && head.via !== 'adjective' ? groupEndingAt(head, ctx) : [];
}

function passiveStart(match: TriggerMatch, tokens: Token[]): number {
  const coordinated = match.verbToken !== null ? coordinatedPassiveBe(match.verbToken, tokens) : -1;
  if (coordinated >= 0) return coordinated;
  let aux = match.verbToken !== null ? match.verbToken - 1 : match.tokenStart;
  while (aux > 0 && isAdverbBeforeParticiple(tokens[aux]!)) aux--;
  return tokens[aux - 1]?.lower === 'not' ? aux - 1 : aux;
}

/**
 * "the Taliban's Abdul Ghani Baradar", "Russia's Gazprom": an actor named right after a possessive is the one
 * meant; its possessor only says whose it is.
 */
function possessedActor(possessor: ActorMention, ctx: ParticipantContext): ActorMention | null {
  if (!/^['’]s$/.test(ctx.tokens[possessor.tokenEnd]?.text ?? '')) return null;
  const owned = mentionStartingAt(ctx, possessor.tokenEnd + 1);
  return owned && owned.via !== 'adjective' ? owned : null;
}

/** A mention plus the mentions joined to it by "and", commas or hyphens. */
function groupFrom(named: ActorMention, ctx: ParticipantContext): Participant[] {
  const first = possessedActor(named, ctx) ?? named;
  const group = [asParticipant(first)];
  const joiners: string[] = [];
  let end = first.tokenEnd;
  for (;;) {
    if (!CONJUNCTIONS.has(ctx.tokens[end]?.lower ?? '')) break;
    const joiner = ctx.tokens[end]!.lower;
    let j = end + 1;
    // "and ceasefire mediator Qatar": a few descriptive words may stand before the next name, but no preposition.
    while (
      j < end + 4 &&
      ctx.tokens[j] &&
      !mentionStartingAt(ctx, j) &&
      ctx.tokens[j]!.isWord &&
      !ctx.tokens[j]!.capitalised &&
      !PREPOSITIONS.has(ctx.tokens[j]!.lower) &&
      !GROUP_BREAKERS.has(ctx.tokens[j]!.lower)
    )
      j++;
    const next = mentionStartingAt(ctx, j);
    // "... from Lebanon, the Arab League said": a name before a verb of saying is the speaker, not one more party.
    const speaks =
      next !== undefined &&
      ctx.tokens[end]?.text === ',' &&
      REPORTING_VERBS.has(ctx.tokens[next.tokenEnd]?.lower ?? '');
    if (next && next.via !== 'adjective' && !speaks) {
      const meant = possessedActor(next, ctx) ?? next;
      group.push(asParticipant(meant));
      joiners.push(joiner);
      end = meant.tokenEnd;
      continue;
    }
    // "met Zelensky and Dick Schoof": a name the gazetteer lacks is a party of the group too.
    const unknown =
      !next && isNameToken(ctx.tokens[j] ?? ctx.tokens[end]!, ctx, j) ? unresolvedNameStartingAt(j, ctx) : null;
    if (!unknown) break;
    group.push(unknown);
    joiners.push(joiner);
    end = tokenAfter(unknown, ctx);
  }
  return isListOf(joiners, ctx) ? dedupe(group) : [group[0]!];
}

function groupEndingAt(last: ActorMention, ctx: ParticipantContext): Participant[] {
  return extendLeft([asParticipant(last)], last.tokenStart, ctx);
}

/** "Scott Bessent and Jamieson Greer met": the parties joined before the first one found, known or not. */
function extendLeft(found: Participant[], start: number, ctx: ParticipantContext): Participant[] {
  const group = [...found];
  const joiners: string[] = [];
  for (;;) {
    // "Zelensky and seven European leaders": a few descriptive words may stand after the conjunction.
    let described = start;
    while (described > start - 3 && isDescriptor(ctx.tokens[described - 1], ctx, described - 1)) described--;
    if (CONJUNCTIONS.has(ctx.tokens[described - 1]?.lower ?? '')) start = described;
    const joiner = ctx.tokens[start - 1];
    if (!joiner || !CONJUNCTIONS.has(joiner.lower)) break;
    // "India's and Pakistan's army chiefs": the first possessor shares the head noun after the second.
    const elided = /^['’]s$/.test(ctx.tokens[start - 2]?.text ?? '') && joiner.lower !== ',';
    const prev = mentionEndingAt(ctx, elided ? start - 3 : start - 2);
    // "attacked Afghanistan and China called for calm": the object of another verb is no member of the subject.
    if (prev && objectOfAnotherVerb(prev, ctx)) break;
    if (prev && prev.via !== 'adjective') {
      group.unshift(asParticipant(prev));
      joiners.push(joiner.lower);
      start = prev.tokenStart;
      continue;
    }
    const unknown =
      !prev && start >= 2 && isNameToken(ctx.tokens[start - 2]!, ctx, start - 2)
        ? unresolvedNameEndingAt(start - 2, ctx)
        : null;
    if (!unknown) break;
    group.unshift(unknown);
    joiners.push(joiner.lower);
    start = tokenAt(unknown, ctx);
  }
  if (isListOf(joiners, ctx)) return dedupe(group);
  // "Howard Lutnick, the commerce secretary, joined": a description set off by commas restates the name before it.
  return ctx.tokens[tokenAfter(found.at(-1)!, ctx)]?.text === ',' ? [group[0]!] : found;
}

/** A name right after another event's verb ("attacked Afghanistan"): that verb's object. */
function objectOfAnotherVerb(m: ActorMention, ctx: ParticipantContext): boolean {
  const before = m.tokenStart - 1;
  return ctx.otherTriggers.has(before) && ctx.tokens[before]?.pos === 'VERB';
}

/**
 * Names joined by commas alone are no list in running text: "its negotiator, Bertil Asgaard, the Front said"
 * is an appositive, and a list ends with "and" or "or". Headlines write "Rubio, Lavrov Agree" for "and".
 */
function isListOf(joiners: string[], ctx: ParticipantContext): boolean {
  return joiners.some((j) => j !== ',') || joiners.length === 0 || isTitleCase(ctx.tokens);
}

/** A lower-case word that may describe a party between "and" and its name ("seven", "ceasefire mediator"). */
function isDescriptor(token: Token | undefined, ctx: ParticipantContext, at: number): boolean {
  return (
    token !== undefined &&
    token.isWord &&
    !token.capitalised &&
    !mentionStartingAt(ctx, at) &&
    !PREPOSITIONS.has(token.lower) &&
    !GROUP_BREAKERS.has(token.lower) &&
    !CONJUNCTIONS.has(token.lower) &&
    !ctx.otherTriggers.has(at)
  );
}

/** The index of the token a participant's span starts at, and of the token after its span. */
function tokenAt(p: Participant, ctx: ParticipantContext): number {
  return ctx.tokens.findIndex((t) => t.start === p.span!.start);
}

function tokenAfter(p: Participant, ctx: ParticipantContext): number {
  return ctx.tokens.findIndex((t) => t.end === p.span!.end) + 1;
}

function unresolvedNameEndingAt(j: number, ctx: ParticipantContext): Participant | null {
  let start = j;
  while (start > 0 && isNameToken(ctx.tokens[start - 1]!, ctx, start - 1)) start--;
  if (!COLLECTIVE_NOUNS.has(ctx.tokens[j + 1]?.lower ?? '')) return unresolvedName(start, j + 1, ctx);
  // "Gulf and Arab countries": capitalised qualifiers joined by "and" before a collective noun.
  // Place names count here as qualifiers ("Gulf states"), actor names do not.
  const qualifier = (at: number) =>
    ctx.tokens[at]?.capitalised === true &&
    ctx.tokens[at]!.isWord &&
    !COMMON_CAPITALISED.has(ctx.tokens[at]!.text) &&
    !ctx.mentions.some((m) => m.tokenStart <= at && at < m.tokenEnd);
  while (['and', ','].includes(ctx.tokens[start - 1]?.lower ?? '') && qualifier(start - 2)) {
    start -= 2;
    while (start > 0 && qualifier(start - 1)) start--;
  }
  return unresolvedName(start, j + 2, ctx);
}

function unresolvedNameStartingAt(j: number, ctx: ParticipantContext): Participant | null {
  let end = j + 1;
  while (end < ctx.tokens.length && isNameToken(ctx.tokens[end]!, ctx, end)) end++;
  while (
    ['and', ','].includes(ctx.tokens[end]?.lower ?? '') &&
    ctx.tokens[end + 1] &&
    isNameToken(ctx.tokens[end + 1]!, ctx, end + 1)
  ) {
    let next = end + 1;
    while (next < ctx.tokens.length && isNameToken(ctx.tokens[next]!, ctx, next)) next++;
    if (!COLLECTIVE_NOUNS.has(ctx.tokens[next]?.lower ?? '')) break;
    end = next;
  }
  if (COLLECTIVE_NOUNS.has(ctx.tokens[end]?.lower ?? '')) end++;
  return unresolvedName(j, end, ctx);
}

/** Plural nouns that make a group of unnamed parties out of the capitalised words before them. */
const COLLECTIVE_NOUNS = new Set([
  'countries',
  'states',
  'nations',
  'governments',
  'leaders',
  'monarchies',
  'allies',
  'partners',
  'mediators',
  'officials',
]);

function isNameToken(token: Token, ctx: ParticipantContext, at: number): boolean {
  if (ctx.blocked.has(at) || ctx.otherTriggers.has(at)) return false;
  return (token.capitalised && token.isWord && !COMMON_CAPITALISED.has(token.text)) || NAME_JOINERS.has(token.lower);
}

/** The first word of the capitalised run that ends in the word at `start` ("Niassa" of "Niassa Sul"). */
function nameHead(start: number, ctx: ParticipantContext): number {
  let head = start;
  while (head > 0 && ctx.tokens[head - 1]!.capitalised && ctx.tokens[head - 1]!.isWord) head--;
  return head;
}

/** A capitalised name the gazetteer lacks: at least two words, or one word not opening the sentence. */
function unresolvedName(start: number, end: number, ctx: ParticipantContext): Participant | null {
  while (end > start && NAME_JOINERS.has(ctx.tokens[end - 1]!.lower)) end--;
  // "Western-backed", "Tel Aviv-based": half of a modifier, not a name.
  if (opensLowerCaseCompound(ctx.tokens, end)) return null;
  while (start < end && (NAME_JOINERS.has(ctx.tokens[start]!.lower) || TITLE_WORDS.has(ctx.tokens[start]!.lower)))
    start++;
  const words = ctx.tokens.slice(start, end).filter((t) => t.isWord);
  if (words.length === 0 || words.length > 5) return null;
  if (words.length < 2 && start === 0) return null;
  // "to Europe", "at Attari", "for Patriot batteries": one unknown word after a preposition of place or purpose
  // is a place or a thing far more often than a party.
  // So is one after such a preposition and "the" ("to the Aegean").
  const prepositionAt = ctx.tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  if (words.length < 2 && PLACE_PREPOSITIONS.has(ctx.tokens[prepositionAt]?.lower ?? '')) return null;
  // "the province of Cabo Delgado", "the island of Bioko": a name told as a place, read from the name's first word.
  if (namedAsPlace(ctx.tokens, nameHead(start, ctx))) return null;
  // "Patriot batteries", "Kinzhal missiles": one capitalised word before a common noun qualifies that noun.
  if (words.length < 2 && ctx.tokens[end]?.pos === 'NOUN' && !ctx.tokens[end]!.capitalised) return null;
  // "the South American country", "West African states": a region's word alone, or before a common noun.
  const regional = REGION_WORDS.has(ctx.tokens[start]!.text);
  if (regional && (words.length === 1 || (ctx.tokens[end]?.isWord && !ctx.tokens[end]!.capitalised))) return null;
  const first = ctx.tokens[start]!;
  const last = ctx.tokens[end - 1]!;
  // "Diriyah Palace", "the East Room", "Cologny Airport": a name headed by a noun of a built or natural place
  // is where something happens, not who does it.
  if (PLACE_HEADS.has(last.lower)) return null;
  // "Oddar Meanchey province", "the Kidal region": a name before a lower-case noun of place names that place.
  const after = ctx.tokens[end];
  if (after && !after.capitalised && (PLACE_HEADS.has(after.lower) || PLACE_AFTER_NAME.has(after.lower))) return null;
  // "the tanker Blue Heron", "the Harvest Day holiday": a ship, a mission or an occasion, not a party.
  if (namesThing(ctx.tokens, start, end)) return null;
  const name = ctx.tokens
    .slice(start, end)
    .map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text)
    .join('');
  return { actorId: `unresolved:${slug(name)}`, span: { start: first.start, end: last.end }, via: 'unresolved', name };
}

// Heads of place names; not "Center", "Office", "Embassy" or "University", which also name actors
// ("the Carter Center", "the Foreign Office").
const PLACE_HEADS = new Set([
  'palace',
  'room',
  'hotel',
  'hall',
  'airport',
  'airbase',
  'square',
  'street',
  'avenue',
  'villa',
  'residence',
  'castle',
  'temple',
  'mosque',
  'church',
  'cathedral',
  'stadium',
  'bridge',
  'base',
  'gardens',
  'park',
  'port',
  'province',
  'district',
  'valley',
  'river',
  'island',
  'islands',
  'mountains',
  'strait',
  'sea',
  'lake',
  'building',
  'tower',
  'compound',
  'crossing',
  'checkpoint',
  'corridor',
  'prison',
]);

// Nouns of places that follow their name in lower case ("Kidal region", "Bakhmut town"), besides PLACE_HEADS.
const PLACE_AFTER_NAME = new Set(['region', 'town', 'village', 'city', 'county', 'governorate', 'oblast', 'state']);

const REGION_WORDS = new Set(['North', 'South', 'East', 'West', 'Central', 'Latin', 'Southeast', 'Northeast']);

const PLACE_PREPOSITIONS = new Set([
  'to',
  'at',
  'in',
  'for',
  'from',
  'into',
  'near',
  'across',
  'inside',
  'outside',
  'toward',
  'towards',
  'via',
  'through',
]);

/** "I" in a quote is its speaker; "we" the speaker's side. Outside quotes they name no one. */
function firstPerson(token: Token, ctx: ParticipantContext): string | null {
  const speaker = ctx.speakerAt(token.start);
  if (!speaker) return null;
  return token.lower === 'i' ? speaker.speakerId : speaker.sideId;
}

/** "The two leaders agreed to meet again", "both sides": the parties of the meeting reported last. */
function pairAnaphor(j: number, ctx: ParticipantContext): Participant[] | null {
  const { tokens } = ctx;
  if (!PAIR_NOUNS.has(tokens[j]!.lower)) return null;
  const opening = pairPhraseStart(tokens, j);
  if (opening < 0) return null;
  const parties = ctx.lastMeeting?.(tokens[j]!.lower, meetingsBefore(j, ctx)) ?? null;
  if (!parties) return null;
  const quantifier = tokens[opening]!.lower === 'the' ? opening + 1 : opening;
  const span = { start: tokens[quantifier]!.start, end: tokens[j]!.end };
  return parties.map((actorId) => ({ actorId, span, via: 'anaphora' as const }));
}

/**
 * "Saudi Arabia hosted talks between Ukraine and the United States, and the two sides agreed": the meetings
 * drafted before a pair phrase in its own sentence, each without the parties that run it.
 */
function meetingsBefore(j: number, ctx: ParticipantContext): string[][] {
  const meetings = (ctx.earlier ?? []).filter(
    // "Fighting between A and B continues despite the framework the two sides signed": a joint act's two sides too.
    (d) =>
      (d.match.trigger.type === 'CONSULT' || d.match.trigger.direction === 'mutual') &&
      d.match.tokenEnd <= j &&
      d.source.length + d.target.length >= 2,
  );
  if (meetings.length === 0) return [];
  const mediators = new Set(mediatorMentions(ctx.tokens, ctx.mentions).map((m) => m.actorId));
  // "talks mediated by Qatar and Turkey": the mediating itself is no meeting of two sides.
  return meetings.map((d) =>
    partiesBesideMediators([...new Set([...d.source, ...d.target].map((p) => p.actorId))], mediators),
  );
}

function pronoun(actorId: string | null, token: Token): Participant[] {
  return actorId ? [{ actorId, span: spanOf(token), via: 'pronoun' }] : [];
}

function mentionEndingAt(ctx: ParticipantContext, j: number): ActorMention | undefined {
  return ctx.mentions.find((m) => m.tokenEnd - 1 === j);
}

function mentionStartingAt(ctx: Pick<ParticipantContext, 'mentions'>, j: number): ActorMention | undefined {
  return ctx.mentions.find((m) => m.tokenStart === j);
}

function asParticipant(m: ActorMention): Participant {
  return { actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via };
}

function spanOf(token: Token) {
  return { start: token.start, end: token.end };
}

function dedupe(list: Participant[]): Participant[] {
  return list.filter((p, i) => list.findIndex((q) => q.actorId === p.actorId) === i);
}
