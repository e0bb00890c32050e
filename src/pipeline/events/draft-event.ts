import type { Modality } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import { parseIsoDay } from '../dates/calendar.ts';
import type { DateExpression } from '../dates/date-expressions.ts';
import { pickDateExpression, sayingDateExpression } from '../dates/pick-date.ts';
import { nightBeforeReport } from '../dates/overnight-saying.ts';
import { publicationFallback, resolveRelativeDate } from '../dates/resolve-date.ts';
import type { PlaceMention } from '../places/find-places.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { MILITARY_SECTOR } from '../actors/sector-agents.ts';
import { toThroughAspect } from '../text/aspect-verbs.ts';
import { clauseAround } from '../text/clauses.ts';
import { insideQuote, type QuoteSpan } from '../text/quotes.ts';
import type { Sentence } from '../text/sentences.ts';
import { tokensOfSpans, type TokenIndexSet, type Token } from '../text/tokens.ts';
import { type ArticleState, lastPersonBefore, latestPersonOtherThan, namedBefore } from './article-state.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { asStatement, readModality, REFUSING_ACTS } from './modality.ts';
import { hasReciprocalObject } from './reciprocal.ts';
import { custodianOf } from './custodian.ts';
import { isMeetingSubjectOf, meetingOwner, meetsAThing } from './meeting-clauses.ts';
import { pairFromMeetings, type PartyFacts } from './pair-anaphora.ts';
import { partiesBesideMediators } from './mediators.ts';
import { gappedClauseEnd } from './gapped-objects.ts';
import { trailingParticipleAt } from '../text/trailing-participles.ts';
import { answeredParty } from './answered-party.ts';
import { journeyCounterpart } from './journey-purpose.ts';
import { promiserOf } from './promiser.ts';
import { frameNounDemander } from './demand-frames.ts';
import { heldPeopleAsStates } from './held-people.ts';
import { heldSeatHolder } from './held-seat-targets.ts';
import { forcesAskedToWithdraw } from './withdrawal-demands.ts';
import { conditionedParty } from './announced-force.ts';
import { expellingState } from './expelled-envoys.ts';
import type { ArticleInput } from './extract-events.ts';
import {
  demanderOf,
  findParticipants,
  speakerOf,
  type Participant,
  type ParticipantContext,
  type QuoteSpeakerAt,
} from './participants.ts';

/** What was found in one sentence before events are drafted from its triggers. */
export type SentenceFindings = {
  sentence: Sentence;
  tokens: Token[];
  mentions: ActorMention[];
  places: PlaceMention[];
  dates: DateExpression[];
  triggers: TriggerMatch[];
  blocked: TokenIndexSet;
  quotes: QuoteSpan[];
  speakerAt: QuoteSpeakerAt;
};

/** Drafts one event from a trigger: participants, modality, date and place, read from its sentence. */
export function draftEvent(
  article: ArticleInput,
  found: SentenceFindings,
  match: TriggerMatch,
  state: ArticleState,
  resources: PipelineResources,
  previous: EventDraft | null,
  earlier: readonly EventDraft[] = [],
): EventDraft | null {
  const { sentence, tokens, mentions, places, dates, triggers: allTriggers } = found;
  if (meetsAThing(match, tokens)) return null;
  const around = clauseAround(tokens, match.tokenStart, match.tokenEnd);
  const clause: [number, number] = match.gappedObject ? [around[0], gappedClauseEnd(tokens, match, around[1])] : around;
  const read = asStatement(
    readModality(tokens, match.tokenStart, match.tokenEnd, match.verbForms, clause),
    match.trigger.type,
    tokens[match.verbToken ?? match.tokenStart]!.lower,
  );
  const fallback = match.trigger.defaultModality;
  const reading =
    fallback && read.cue.startsWith('no cue')
      ? {
          modality: fallback,
          cue: `${fallback} by default for "${match.trigger.pattern}"`,
          direction: 'future' as const,
        }
      : read;
  const otherTriggers = tokensOfSpans(allTriggers, match);
  const lookups = articleLookups(state, resources);
  const participants = findParticipants(match, {
    tokens,
    mentions,
    clause,
    lastPerson: lookups.lastPerson,
    otherPerson: lookups.otherPerson,
    stateIds: resources.stateIds,
    isPerson: lookups.isPerson,
    lastMeeting: lookups.lastMeeting,
    blocked: found.blocked,
    otherTriggers,
    previous,
    earlier,
    speakerAt: found.speakerAt,
  });
  let { source, target } = participants;
  // "the pact that A and B signed in June | alarmed Seoul": the main clause's object is not the signing's.
  if (match.gappedObject) target = target.filter((p) => (p.span?.start ?? 0) < (tokens[clause[1]]?.start ?? Infinity));
  const purposeOf = participants.purposeOf;
  const demanders = demanderOf(match, { tokens, mentions });
  const demandedBy = (demanders.length > 0 ? demanders : frameNounDemander(match, tokens, mentions)).filter(
    (p) => !source.some((s) => s.actorId === p.actorId),
  );
  const location = pickLocation(places, tokens, match, clause);
  const journey = match.trigger.mode === 'visit' && match.trigger.direction === 'forward';
  // "flew to Oman to lead talks with US envoys": whom the journey's purpose names replaces the destination.
  const counterpart =
    journey && target.every((p) => resources.stateIds.has(p.actorId))
      ? journeyCounterpart(match, tokens, mentions, otherTriggers, (id) => isOwnSide(id, source, resources))
      : [];
  if (counterpart.length > 0) target = counterpart;
  if (journey && target.length === 0 && location?.place.country) target = hostOf(location, places, tokens, resources);
  const localState = location?.place.country ? resources.stateByCountry.get(location.place.country) : undefined;
  if (localState && source.length === 0 && isStateAuthorityAct(match, tokens))
    source = [authorityOf(localState, location!, resources)];
  const expeller =
    source.length === 0
      ? expellingState(match, tokens, mentions, places, (k) => stateOf(k, resources), clause[0])
      : null;
  if (expeller) source = [expeller];
  const custodian =
    source.length === 0 && ATTACKS_ON_PLACE.has(match.trigger.type) ? custodianOf(tokens, mentions) : null;
  if (custodian) {
    source = [custodian];
    target = target.filter((p) => p.actorId !== custodian.actorId);
  }
  if (ATTACKS_ON_PLACE.has(match.trigger.type) && target.length === 0)
    // "struck Kharkiv overnight, damaging the Polish consulate": the participle's object is not the one attacked.
    target = attackedState(
      location,
      places,
      source,
      mentions,
      tokens,
      match,
      resources,
      attackReach(tokens, match, clause),
    );
  if (localState) {
    source = source.map((p) => localised(p, localState, resources));
    target = target.map((p) => localised(p, localState, resources));
    // A protest in a country is, as PLOVER codes it, a protest against that country's government; the place is
    // where it happened ("protested in Belgrade"), not a name of the government: no span claims it names the state.
    if (match.trigger.type === 'PROTEST' && target.length === 0 && source.every((p) => p.actorId !== localState))
      target = [{ actorId: localState, span: null, via: 'seat' }];
  }
  if (target.length === 0) target = answeredParty(match, tokens, mentions, source, lookups.isPerson);
  // "pledged not to attack each other after talks in Brussels": the reciprocal is the object, whatever follows.
  if (source.length >= 2 && hasReciprocalObject(tokens, match.tokenEnd)) target = [];
  target = heldPeopleAsStates(match, source, target, resources);
  target = forcesAskedToWithdraw(match, target, tokens, mentions, resources);
  // CAMEO 145 / PLOVER PROTEST riot: violence by protesters is a violent protest, not an armed assault.
  const riot = match.trigger.type === 'ASSAULT' && source.length > 0 && source.every((p) => isProtester(p, resources));
  const crowd = match.trigger.type === 'PROTEST' && source.length === 0 ? crowdBefore(match, tokens) : null;
  if (crowd) source = [localState ? localised(crowd, localState, resources) : crowd];
  const dateExpression = pickDateExpression(dates, tokens, match, allTriggers, clause);
  // "X and Y agreed on Friday ... after their talks": a meeting the main clause owns, undated, is dated by it.
  // "The A-B summit on Wednesday produced a treaty": what a meeting heading the subject yields is dated by it.
  const owning = dateExpression
    ? null
    : previous?.dateSpan && meetingOwner(match, tokens)
      ? previous
      : (earlier.find((d) => d.dateSpan && isMeetingSubjectOf(d.match, match, tokens)) ?? null);
  const resolved = owning
    ? owning.date
    : dateExpression
      ? resolveRelativeDate(dateExpression.text, dateExpression.meaning, {
          published: article.published ? parseIsoDay(article.published) : null,
          direction: reading.direction,
          previousDay: state.previousDay,
          namedDates: resources.namedDates,
        })
      : publicationFallback(article.published ? parseIsoDay(article.published) : null);
  const dateSpan = owning ? owning.dateSpan : dateExpression;
  // What a verb of saying frames is said on the saying's day ("pledged on Monday that France would ...").
  const saying = sayingDateExpression(dates, tokens, clause);
  const statementDate = saying
    ? resolveRelativeDate(saying.text, saying.meaning, {
        published: article.published ? parseIsoDay(article.published) : null,
        direction: 'past',
        previousDay: state.previousDay,
        namedDates: resources.namedDates,
      })
    : null;
  // "struck the port overnight, the army said on Sunday": the night into the day of the report.
  const date = nightBeforeReport(resolved, owning ? null : dateExpression, statementDate);
  const speakers = speakerOf(match, { tokens, mentions });
  const saidBy = (speakers.length > 0 ? speakers : promiserOf(match, tokens, mentions)).filter(
    (p) => !source.some((s) => s.actorId === p.actorId),
  );
  const conditionedOn = conditionedParty(match, tokens, mentions);
  if (source.length + target.length === 0 && isAnaphoricMeeting(match, tokens)) {
    // "The meeting lasted an hour": a definite meeting noun with no one named continues the meeting last reported.
    const antecedent = state.recentMeetings.at(-1);
    // Without a date of its own it only repeats the meeting already recorded.
    if (!antecedent || sentence.index - antecedent.sentence > 3 || !dateExpression) return null;
    source = antecedent.participants.map((p) => ({ ...p, span: null, via: 'anaphora' as const }));
  }
  return {
    type: riot ? 'PROTEST' : match.trigger.type,
    mode: riot ? 'riot' : match.trigger.mode,
    match,
    sentence,
    tokens,
    source,
    target,
    modality: reading.modality as Modality,
    modalityCue: reading.cue,
    date,
    dateSpan,
    location: location?.place.name ?? null,
    quoted: insideQuote(found.quotes, tokens[match.tokenStart]!.start),
    ...(demandedBy.length > 0 ? { demandedBy } : {}),
    ...(purposeOf ? { purposeOf } : {}),
    ...(statementDate ? { statementDate } : {}),
    ...(saidBy.length > 0 ? { saidBy } : {}),
    ...(target.length === 0 && source.length >= 2 && hasReciprocalObject(tokens, match.tokenEnd)
      ? { reciprocal: true }
      : {}),
    ...(conditionedOn.length > 0 ? { conditionedOn } : {}),
  };
}

const SINGLE_MEETING_NOUNS = new Set(['meeting', 'dinner', 'visit', 'summit', 'call', 'session']);
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);

function isAnaphoricMeeting(match: TriggerMatch, tokens: Token[]): boolean {
  if (!match.trigger.isNoun || match.trigger.type !== 'CONSULT') return false;
  const noun = tokens[match.tokenStart]!.lower;
  const before = tokens.slice(Math.max(0, match.tokenStart - 4), match.tokenStart).map((t) => t.lower);
  // A single meeting noun naming no one ("the meeting", "a long dinner discussion" just after a meeting is
  // reported) continues the meeting last reported; "negotiations" is a process, not an anaphor.
  return SINGLE_MEETING_NOUNS.has(noun) && before.some((w) => DEFINITE.has(w) || w === 'a');
}

/** "pressing Netanyahu to agree": the infinitive is what is asked for, not a separate event. */
export function isComplementOfTrigger(match: TriggerMatch, tokens: Token[]): boolean {
  if (match.tokenStart === 0 || match.verbForms === null) return false;
  // "urged Moscow to begin withdrawing", "asked Kigali to help disarm": through the aspectual verb.
  const aspectTo = toThroughAspect(tokens, match.tokenStart);
  if (aspectTo >= 0) return precededByRequest(tokens, aspectTo);
  if (!match.verbForms.includes('base')) return false;
  if (tokens[match.tokenStart - 1]!.lower === 'to') return precededByRequest(tokens, match.tokenStart - 1);
  return isDemandedThat(match.tokenStart, tokens);
}

const DEMANDING_THAT = new Set([
  'demand',
  'demands',
  'demanded',
  'demanding',
  'insist',
  'insists',
  'insisted',
  'insisting',
  'urged',
  'urges',
  'urging',
  'asked',
  'requested',
  'requests',
  'requesting',
  'proposed',
  'proposes',
  'recommended',
]);

/**
 * "demanded that Ukrainian troops leave Donetsk": a bare verb in a "that" clause after a demand is what is
 * demanded (the mandative subjunctive), not an event that happens.
 */
function isDemandedThat(verb: number, tokens: Token[]): boolean {
  for (let j = verb - 1; j >= Math.max(1, verb - 7); j--) {
    const word = tokens[j]!.lower;
    if (word === 'that') return [1, 2, 3, 4].some((k) => DEMANDING_THAT.has(tokens[j - k]?.lower ?? ''));
    if (!tokens[j]!.isWord || MODAL_OR_AUX.has(word)) return false;
  }
  return false;
}

const MODAL_OR_AUX = new Set([
  'will',
  'would',
  'should',
  'must',
  'can',
  'could',
  'may',
  'might',
  'did',
  'do',
  'does',
  'to',
]);

const GOVERNING = new Set([
  'refusal',
  'refusing',
  'pressing',
  'press',
  'pressed',
  'presses',
  'urged',
  'urge',
  'urging',
  'urges',
  'pushing',
  'push',
  'pushed',
  'asked',
  'ask',
  'asking',
  'called',
  'calling',
  'lean',
  'leaning',
  'pressure',
  'pressured',
  'pressuring',
  'refused',
  'refuses',
  'refuse',
  'declined',
  'decline',
  'threatened',
  'threatens',
  'encouraged',
]);

function precededByRequest(tokens: Token[], to: number): boolean {
  if (isUltimatum(tokens, to)) return true;
  for (let j = to - 1; j >= Math.max(0, to - 8); j--)
    if (GOVERNING.has(tokens[j]!.lower))
      return (
        (!PHONED.has(tokens[j]!.lower) || CALLED_ON.has(tokens[j + 1]?.lower ?? '')) && !refusesOwnAct(tokens, j, to)
      );
  return false;
}

// "gave Caracas 48 hours to release", "set a deadline for Togo to withdraw": what must be done by the deadline is
// the content of the ultimatum (a THREATEN), as a request's content is, not an act of its own.
const PERIODS = new Set(['hours', 'days', 'day', 'week', 'weeks', 'month', 'months', 'deadline', 'ultimatum']);
const GIVING = new Set(['gave', 'given', 'giving', 'gives', 'give', 'set', 'sets', 'setting', 'issued']);

function isUltimatum(tokens: Token[], to: number): boolean {
  let j = to - 1;
  // "a deadline for Togo to": the one who must act stands between the deadline and "to".
  while (j > to - 5 && j > 0 && !PERIODS.has(tokens[j]!.lower)) j--;
  if (!PERIODS.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) if (GIVING.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "refused to allow inspectors back", "declined to sign the communique": what the refusing party's own
 * infinitive names is an act of its own that did not happen (read as denied in `modality.ts`), not the content
 * of a request. Only right after the verb: "refused Washington's demand to ..." names another's act.
 */
function refusesOwnAct(tokens: Token[], verb: number, to: number): boolean {
  return REFUSING_ACTS.has(tokens[verb]!.lower) && to === verb + 1;
}

// "called on Israel to stop" asks; "called Sharif and Jaishankar to press for calm" phoned them, and what
// follows "to" is the call's purpose, done on the call.
const PHONED = new Set(['called', 'calling']);
const CALLED_ON = new Set(['on', 'upon']);

function pickLocation(
  places: PlaceMention[],
  tokens: Token[],
  match: TriggerMatch,
  clause: [number, number],
): PlaceMention | null {
  const located = places.filter((p) => {
    const j = tokens[p.tokenStart - 1]?.lower === 'the' ? p.tokenStart - 2 : p.tokenStart - 1;
    // "in Doha", "at the White House", or the place a visit names directly ("visited Capitol Hill").
    return (
      (['in', 'at', 'to', 'for', 'into', 'inside', 'near', 'outside'].includes(tokens[j]?.lower ?? '') ||
        (match.trigger.mode === 'visit' && j + 1 === match.tokenEnd)) &&
      sharesRelativeClause(p, tokens, clause)
    );
  });
  // One place or none needs no ranking (and no closure, which costs more than the rest here under tsx).
  if (located.length <= 1) return located[0] ?? null;
  const distance = (p: PlaceMention) =>
    Math.min(Math.abs(p.tokenStart - match.tokenEnd), Math.abs(match.tokenStart - p.tokenEnd));
  return [...located].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Whether a name starting at `tokenStart` is one the trigger or a locative after it introduces, within eight
 * tokens and the clause (a module function: under tsx a named closure costs about a microsecond to make).
 */
function introducedAfter(tokenStart: number, match: TriggerMatch, tokens: Token[], clauseEnd: number): boolean {
  return (
    tokenStart >= match.tokenEnd &&
    tokenStart < clauseEnd &&
    tokenStart - match.tokenEnd <= 8 &&
    (tokenStart === match.tokenEnd ||
      LOCATIVE.has(tokens[tokenStart - 1]?.lower ?? '') ||
      tokens[tokenStart - 1]?.lower === 'the')
  );
}

/**
 * "The M23, which had seized Goma in January, agreed in Doha to withdraw": a relative clause holds its own
 * circumstances. A place inside one belongs to a trigger inside it only, and a trigger inside one takes no
 * place from outside it.
 */
function sharesRelativeClause(place: PlaceMention, tokens: Token[], clause: [number, number]): boolean {
  const inside = place.tokenStart >= clause[0] && place.tokenEnd <= clause[1];
  if (inside) return true;
  if (RELATIVE_WORDS.has(tokens[clause[0] - 1]?.lower ?? '')) return false;
  const own = clauseAround(tokens, place.tokenStart, place.tokenEnd);
  return !RELATIVE_WORDS.has(tokens[own[0] - 1]?.lower ?? '');
}

// An attack or blockade in a place is coded, as PLOVER and CAMEO coders do, as one on the place's state.
const ATTACKS_ON_PLACE = new Set(['ASSAULT', 'COERCE']);
// "of" for "the centre of Sumy", "the outskirts of Goma": within an attack's reach it names where the blow fell.
const LOCATIVE = new Set(['in', 'on', 'into', 'at', 'near', 'across', 'inside', 'over', 'of', 'against']);

/** "missiles struck Kyiv", "killed by Indian missiles in Pakistan": the state the place lies in, unless it is the attacker's. */
function attackedState(
  location: PlaceMention | null,
  places: PlaceMention[],
  source: Participant[],
  mentions: ActorMention[],
  tokens: Token[],
  match: TriggerMatch,
  resources: PipelineResources,
  clauseEnd: number,
): Participant[] {
  const own = new Set(source.map((p) => countryOf(p.actorId, resources)));
  // The first place or state after the trigger that a locative or the trigger itself introduces
  // ("attack on Kyiv", "fired missiles at nine sites in Pakistan"), else the event's location.
  // Within the trigger's clause: "seized Goma in January, agreed in Doha" did not seize anything in Qatar.
  const candidates = [
    ...mentions
      .filter(
        (m) =>
          resources.gazetteer.actors.get(m.actorId)?.kind === 'state' &&
          introducedAfter(m.tokenStart, match, tokens, clauseEnd),
      )
      .map((m) => ({
        at: m.tokenStart,
        country: countryOf(m.actorId, resources),
        span: { start: m.start, end: m.end },
      })),
    ...[...places, ...(location ? [location] : [])]
      .filter((p) => p.place.country && (p === location || introducedAfter(p.tokenStart, match, tokens, clauseEnd)))
      .map((p) => ({
        // The event's location is the last resort, unless the trigger or a locative introduces it ("drones at Kyiv").
        at: p === location && !introducedAfter(p.tokenStart, match, tokens, clauseEnd) ? Infinity : p.tokenStart,
        country: p.place.country,
        // The place is where the attack fell, not a name of its state: no span claims it names the state.
        span: null,
        place: p,
      })),
  ].sort((a, b) => a.at - b.at);
  const hit = candidates.find((c) => c.country !== null && !own.has(c.country));
  const stateId = hit?.country ? resources.stateByCountry.get(hit.country) : undefined;
  // "strikes on Sanaa": a seat an armed group holds is the group's (`held-seat-targets.ts`).
  const place = hit && 'place' in hit ? hit.place : null;
  const holder = place ? heldSeatHolder(tokens, place.tokenStart, place.tokenEnd, resources.gazetteer) : null;
  if (holder && !source.some((p) => p.actorId === holder)) return [{ actorId: holder, span: null, via: 'seat' }];
  return hit && stateId ? [{ actorId: stateId, span: hit.span, via: 'seat' }] : [];
}

/** How far an attack's target is looked for: its clause, up to a participle clause after a comma. */
function attackReach(tokens: Token[], match: TriggerMatch, clause: [number, number]): number {
  return trailingParticipleAt(tokens, match.tokenEnd, clause[1]);
}

/** "protesters rallied in Tbilisi": a country-less sector agent takes the state its event happens in. */
// Only a state's authorities arrest, jail, try, sentence or expel someone in its territory.
const STATE_AUTHORITY_ACTS = /^\{?(arrest|detain|jail|imprison|sentence|deport|expel|convict|prosecute|indict|charge)/;

/** "A missionary was arrested in Lebanon": with no agent named, the state where it happened did it. */
function isStateAuthorityAct(match: TriggerMatch, tokens: Token[]): boolean {
  // A criminal investigation of someone ("was put under investigation in Italy") is the state's too.
  const investigation = match.trigger.type === 'ACCUSE' && match.trigger.mode === 'investigate';
  const coercion = match.trigger.type === 'COERCE' && STATE_AUTHORITY_ACTS.test(match.trigger.pattern.toLowerCase());
  if (!investigation && !coercion) return false;
  // A passive clause ("was arrested", "have been detained"), not a participle describing a noun ("deported migrants").
  const before = [tokens[match.tokenStart - 1]?.lower, tokens[match.tokenStart - 2]?.lower];
  return before.some((w) => w !== undefined && /^(was|were|been|is|are|being|be|got)$/.test(w));
}

function authorityOf(stateId: string, location: PlaceMention, resources: PipelineResources): Participant {
  const police = `${stateId}-police`;
  const actorId = resources.gazetteer.actors.has(police) ? police : stateId;
  return { actorId, span: { start: location.start, end: location.end }, via: 'seat' };
}

/** The state an actor id or a country code names, if it names one. */
function stateOf(key: string, resources: PipelineResources): string | undefined {
  return resources.stateByCountry.get(key) ?? (resources.stateIds.has(key) ? key : undefined);
}

function isProtester(p: Participant, resources: PipelineResources): boolean {
  return resources.gazetteer.actors.get(p.actorId)?.sector === 'opposition';
}

// Crowds, and the groups of people who protest as a body with no name of their own ("Inmates rioted at a
// prison in Goma", "Striking miners marched on Kinshasa").
const CROWD_NOUNS = new Set([
  'people',
  'crowds',
  'thousands',
  'hundreds',
  'residents',
  'citizens',
  'crowd',
  'prisoners',
  'inmates',
  'detainees',
  'students',
  'workers',
  'miners',
  'farmers',
  'villagers',
  'youths',
  'refugees',
  'mourners',
  'pensioners',
  'traders',
]);

/** "Thousands of people rallied in Tbilisi": a crowd with no name protesting is the opposition of the place. */
function crowdBefore(match: TriggerMatch, tokens: Token[]): Participant | null {
  for (let j = match.tokenStart - 1; j >= Math.max(0, match.tokenStart - 6); j--) {
    const token = tokens[j]!;
    if (CROWD_NOUNS.has(token.lower))
      return { actorId: 'opposition', span: { start: token.start, end: token.end }, via: 'group' };
    if (!token.isWord || /^(to|and|but|after|as)$/.test(token.lower)) return null;
  }
  return null;
}

function localised(p: Participant, stateId: string, resources: PipelineResources): Participant {
  const actor = resources.gazetteer.actors.get(p.actorId);
  if (!actor?.sector || actor.country !== null) return p;
  const local = `${stateId}-${actor.sector}`;
  return resources.gazetteer.actors.has(local) ? { ...p, actorId: local } : p;
}

function countryOf(actorId: string, resources: PipelineResources): string | null {
  const actor = resources.gazetteer.actors.get(actorId);
  if (!actor) return null;
  if (actor.country) return actor.country;
  const affiliation = actor.affiliation ? resources.gazetteer.actors.get(actor.affiliation) : undefined;
  return affiliation?.country ?? null;
}

/** The traveller or the state or group a traveller belongs to ("to lead Iran's team" for Iran's minister). */
function isOwnSide(actorId: string, travellers: Participant[], resources: PipelineResources): boolean {
  return travellers.some(
    (p) => p.actorId === actorId || resources.gazetteer.actors.get(p.actorId)?.affiliation === actorId,
  );
}

/** A visit "to Cairo or Doha" is a visit to the governments of those places. */
function hostOf(
  location: PlaceMention,
  places: PlaceMention[],
  tokens: Token[],
  resources: PipelineResources,
): Participant[] {
  const listed = [location];
  for (let p = places.indexOf(location) + 1; p < places.length; p++) {
    const gap = tokens.slice(listed.at(-1)!.tokenEnd, places[p]!.tokenStart).map((t) => t.lower);
    if (gap.length !== 1 || !['and', 'or', ','].includes(gap[0]!)) break;
    listed.push(places[p]!);
  }
  return listed.flatMap((place) => {
    const hostId = place.place.country ? resources.stateByCountry.get(place.place.country) : undefined;
    return hostId ? [{ actorId: hostId, span: { start: place.start, end: place.end }, via: 'seat' as const }] : [];
  });
}

/** What pair anaphora needs of a party: its kind, and the state or group it speaks for. */
type ArticleLookups = Required<Pick<ParticipantContext, 'lastPerson' | 'otherPerson' | 'lastMeeting'>> & {
  isPerson: (actorId: string) => boolean;
};

// Made once per article, not per trigger: under tsx each named closure costs about a microsecond to make
// (esbuild's keepNames defines its name), more than most look-ups it serves. They read the article's state
// when called, so they always see its latest people and meetings.
const lookupsByArticle = new WeakMap<ArticleState, ArticleLookups>();

/** The participant finder's look-ups into what the article reported so far: "he", "the two leaders". */
function articleLookups(state: ArticleState, resources: PipelineResources): ArticleLookups {
  let lookups = lookupsByArticle.get(state);
  if (!lookups) {
    lookups = {
      lastPerson: (offset) => lastPersonBefore(state, offset),
      otherPerson: (offset, others) => latestPersonOtherThan(state, offset, others),
      isPerson: (id) => isPersonActor(id, resources, state),
      lastMeeting: (noun, sameSentence = []) =>
        pairFromMeetings(
          noun,
          [
            ...state.recentMeetings.map((m) =>
              partiesBesideMediators(
                m.participants.map((p) => p.actorId),
                new Set(m.mediators),
              ),
            ),
            ...sameSentence,
          ],
          (id) => partyFacts(id, resources, state),
          namedBefore(state),
        ),
    };
    lookupsByArticle.set(state, lookups);
  }
  return lookups;
}

function isPersonActor(id: string, resources: PipelineResources, state: ArticleState): boolean {
  const actor = resources.gazetteer.actors.get(id) ?? state.history.inferred?.actors.get(id);
  return actor?.kind === 'person';
}

function partyFacts(id: string, resources: PipelineResources, state: ArticleState): PartyFacts {
  const actor = resources.gazetteer.actors.get(id) ?? state.history.inferred?.actors.get(id);
  if (!actor) return { kind: null, side: id };
  const kind = resources.gazetteer.actors.has(id) ? actor.kind : 'person';
  const side = actor.affiliation ?? id;
  return { kind, side, military: militaryOf(id, kind, side, resources) };
}

/** "The two armies": a military or an armed group is its own army; a state, or one who speaks for it, has one. */
function militaryOf(id: string, kind: string, side: string, resources: PipelineResources): string | null {
  const actor = resources.gazetteer.actors.get(id);
  if (actor?.sector === MILITARY_SECTOR || kind === 'armed-group') return id;
  const state = resources.gazetteer.actors.get(side);
  if (state?.kind === 'armed-group') return side;
  return state?.kind === 'state'
    ? (resources.gazetteer.sectors.actorOf.get(`${side}|${MILITARY_SECTOR}`) ?? null)
    : null;
}
