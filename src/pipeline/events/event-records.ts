import type { DatePrecision, DiplomaticEvent, Modality, PloverType, Span, Tone } from '../../model/bundle-schema.ts';
import type { DateExpression } from '../dates/date-expressions.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';
import { labelActor } from '../compare/actor-labels.ts';
import { scoreTone } from '../compare/tone.ts';
import { isMeetingHeld, isRecordedWithoutSource } from './unattributed-events.ts';
import { isMeetingOfMembers } from './multilateral-bodies.ts';
import { isHostedMeeting } from './hosted-meetings.ts';
import { isMediatedAgreement } from './mediated-agreements.ts';

/** An event mention before it is split into dyads and given an id. */
export type EventDraft = {
  type: PloverType;
  mode: string | null;
  match: TriggerMatch;
  sentence: Sentence;
  tokens: Token[];
  source: Participant[];
  target: Participant[];
  modality: Modality;
  modalityCue: string;
  date: ResolvedDate;
  dateSpan: DateExpression | null;
  location: string | null;
  /** The trigger stands inside a quotation: the speaker's claim, reported less surely. */
  quoted: boolean;
  /** A verbal event read from what an actor said it would do (`stated-intent.ts`): a commitment of one party. */
  statedIntent?: boolean;
  /** Who said that the source must act ("Chirac said Iraq must cooperate"): a REQUEST of theirs (`stated-intent.ts`). */
  demandedBy?: Participant[];
  /** The journey this meeting is the purpose of ("flew to Cairo for talks with Sisi"): one event with it. */
  purposeOf?: TriggerMatch;
  /** The day of the saying that frames the trigger's clause, which dates what was said. */
  statementDate?: ResolvedDate;
  /** Who said it, when a verb of saying frames the trigger's clause ("Kosovo said Serbia had attacked"). */
  saidBy?: Participant[];
  /** "accused each other": every source acts on the other sources (`reciprocal.ts`). */
  reciprocal?: boolean;
  /** The party named in the act's condition ("bombing if Iran did not ..."): whom a threat or a promise is made to. */
  conditionedOn?: Participant[];
};

/** An extracted event: the bundle record without its cluster. */
export type ExtractedEvent = Omit<DiplomaticEvent, 'clusterId'>;

// Types that need two parties: one cannot meet, agree or cooperate alone.
const NEEDS_TWO_PARTIES = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * "Akayev agreed to resign", "Iraq said it would allow the inspectors back": PLOVER codes a commitment to act
 * as AGREE even when no counterpart is named. A verb that takes an infinitive, a clause or the agreement itself
 * as its object is such a commitment; a bare "agreement" or "agreed" with one party named is not.
 */
function isCommitment(draft: EventDraft): boolean {
  // "Rubio and Lavrov decided to appoint teams": a decision is an agreement only when taken together.
  if (draft.type !== 'AGREE' || draft.mode === 'decision') return false;
  if (draft.statedIntent) return true;
  const { tokens, match } = draft;
  // "Moscow's offer to host a summit": an offer, pledge or promise with its act is a commitment as the verb is;
  // other nouns ("a willingness to", "an agreement") need a counterpart.
  if (match.trigger.isNoun)
    return PROMISE_NOUNS.has(tokens[match.tokenStart]?.lower ?? '') && actFollows(tokens, match);
  if (tokens[match.tokenEnd]?.lower === 'that') return true;
  // "signed the Abraham Accords", "accepted the ceasefire proposal": a verb with the agreement as its object.
  const last = tokens[match.tokenEnd - 1]?.lower ?? '';
  if (match.verbToken !== null && match.tokenEnd - match.verbToken > 1 && AGREEMENT_NOUNS.has(last)) return true;
  // What the trigger's own "to" introduces may be what is accepted, a noun phrase after an article or possessive
  // ("agreed to a six-month extension of the mandate"), not one further on ("negotiations that lead to the end").
  if (tokens[match.tokenEnd - 1]?.lower === 'to' && ACCEPTED_OBJECT_STARTS.has(tokens[match.tokenEnd]?.lower ?? ''))
    return true;
  // "agreed to resign", "agreed on Friday to release": "to" and a verb, past at most a short date phrase.
  for (let j = match.tokenEnd - 1; j < Math.min(tokens.length - 1, match.tokenEnd + 4); j++)
    if (tokens[j]!.lower === 'to' && j >= match.tokenEnd - 1) return isInfinitiveAt(tokens, j + 1);
  return false;
}

/** A verb after "to", or an adverb and then a verb ("agreed to gradually withdraw", "to jointly patrol"). */
function isInfinitiveAt(tokens: EventDraft['tokens'], at: number): boolean {
  if (tokens[at]?.pos === 'VERB') return true;
  return /ly$/.test(tokens[at]?.lower ?? '') && tokens[at]?.pos === 'ADV' && tokens[at + 1]?.pos === 'VERB';
}

const PROMISE_NOUNS = new Set(['offer', 'offers', 'pledge', 'pledges', 'promise', 'promises']);

/** The trigger ends in "to" and a verb follows ("offer to host"). */
function actFollows(tokens: EventDraft['tokens'], match: EventDraft['match']): boolean {
  return tokens[match.tokenEnd - 1]?.lower === 'to' && isInfinitiveAt(tokens, match.tokenEnd);
}

const ACCEPTED_OBJECT_STARTS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

const AGREEMENT_NOUNS = new Set([
  'agreement',
  'agreements',
  'deal',
  'deals',
  'accord',
  'accords',
  'treaty',
  'treaties',
  'declaration',
  'pact',
  'charter',
  'framework',
  'memorandum',
  'ceasefire',
  'truce',
  'proposal',
  'plan',
  'terms',
  'protocol',
  'armistice',
]);

/** Turns drafts into events: one per source and target pair (dyadic coding), with confidence and spans. */
export function buildEventRecords(
  article: { id: string; text: string },
  drafts: EventDraft[],
  resources: PipelineResources,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  for (const draft of drafts) {
    const source = draft.source.filter((p) => !isMedia(p, resources));
    const target = draft.target.filter((p) => !isMedia(p, resources) && !source.some((s) => s.actorId === p.actorId));
    if (source.length === 0 && !isRecordedWithoutSource(draft, target)) continue;
    const kinds = draft.match.trigger.sourceKinds;
    if (kinds && !source.every((p) => kinds.includes(resources.gazetteer.actors.get(p.actorId)?.kind ?? 'other')))
      continue;
    if (
      NEEDS_TWO_PARTIES.has(draft.type) &&
      source.length + target.length < 2 &&
      !isCommitment(draft) &&
      !(draft.type === 'CONSULT' && isHostedMeeting(draft.match, draft.tokens)) &&
      !isMediatedAgreement(draft.match, draft.tokens) &&
      !(draft.type === 'CONSULT' && isMeetingHeld(draft.match, draft.tokens)) &&
      !isMeetingOfMembers(draft.type, [...source, ...target], resources)
    )
      continue;
    // The dyads of one draft share sentence and trigger, hence one tone.
    const tone = scoreTone(article.text, draft.tokens, triggerSpan(draft), resources.tone);
    for (const [by, on] of dyadsOf(source, target, draft.reciprocal === true))
      events.push(toEvent(article, draft, by, on, events.length, tone));
  }
  return events;
}

/** One source list per target (dyadic coding); a reciprocal act is one dyad per ordered pair of its sources. */
function dyadsOf(source: Participant[], target: Participant[], reciprocal: boolean): [Participant[], Participant[]][] {
  if (reciprocal && source.length >= 2 && target.length === 0)
    return source.flatMap((by) =>
      source.filter((on) => on.actorId !== by.actorId).map((on) => [[by], [on]] as [Participant[], Participant[]]),
    );
  return target.length > 0 ? target.map((t) => [source, [t]]) : [[source, []]];
}

function toEvent(
  article: { id: string; text: string },
  draft: EventDraft,
  source: Participant[],
  target: Participant[],
  n: number,
  tone: Tone,
): ExtractedEvent {
  const { sentence, match, tokens } = draft;
  const triggerStart = tokens[match.tokenStart]!.start;
  const triggerEnd = tokens[match.tokenEnd - 1]!.end;
  const span = spanOf(article.text);
  const actorSpans = [...source, ...target]
    .filter((p) => p.span !== null && p.span.start >= sentence.start && p.span.end <= sentence.end)
    .map((p) => ({ ...span(p.span!.start, p.span!.end), actorId: p.actorId }));
  const trigger = { start: triggerStart, end: triggerEnd };
  return {
    id: `${article.id}#e${String(n + 1).padStart(3, '0')}`,
    articleId: article.id,
    type: draft.type,
    mode: draft.mode,
    date: draft.date.date,
    datePrecision: draft.date.precision as DatePrecision,
    dateBasis: draft.date.basis,
    dateSpan:
      draft.dateSpan && draft.dateSpan.start >= sentence.start && draft.dateSpan.end <= sentence.end
        ? span(draft.dateSpan.start, draft.dateSpan.end)
        : null,
    modality: draft.modality,
    modalityCue: draft.modalityCue,
    source: source.map((p) => p.actorId),
    target: target.map((p) => p.actorId),
    actorSpans,
    actorLabels: actorSpans.map((a) => {
      const label = labelActor(tokens, a, [trigger, ...actorSpans.filter((other) => other !== a)]);
      return { ...span(label.start, label.end), actorId: a.actorId };
    }),
    tone,
    location: draft.location,
    evidence: span(sentence.start, sentence.end),
    trigger: span(triggerStart, triggerEnd),
    confidence: confidenceOf(draft, source, target),
  };
}

/** A span of the text by its offsets (returned, not declared: under tsx a named closure costs a microsecond). */
function spanOf(text: string): (start: number, end: number) => Span {
  return (start, end) => ({ text: text.slice(start, end), start, end });
}

function triggerSpan({ tokens, match }: EventDraft): { start: number; end: number } {
  return { start: tokens[match.tokenStart]!.start, end: tokens[match.tokenEnd - 1]!.end };
}

/** Confidence: the trigger's weight, lowered for guessed participants and missing dates. */
function confidenceOf(draft: EventDraft, source: Participant[], target: Participant[]): number {
  const participants = [...source, ...target];
  let c = draft.match.trigger.weight;
  if (participants.some((p) => p.via === 'pronoun' || p.via === 'anaphora')) c -= 0.15;
  if (participants.some((p) => p.via === 'unresolved')) c -= 0.1;
  if (participants.some((p) => p.via === 'adjective' || p.via === 'seat')) c -= 0.05;
  if (draft.date.precision === 'unknown') c -= 0.1;
  if (draft.quoted) c -= 0.1;
  if (target.length > 0 && participants.every((p) => p.via === 'name' || p.via === 'role')) c += 0.1;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/** A news outlet (it reports the event, it is not a party); journalists as a group are a party. */
function isMedia(p: Participant, resources: PipelineResources): boolean {
  const actor = resources.gazetteer.actors.get(p.actorId);
  return actor?.kind === 'media' && !actor.sector;
}
