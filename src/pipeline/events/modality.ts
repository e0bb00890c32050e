import { adjunctEndingAt } from '../text/adjunct-infinitives.ts';
import { sharedAuxiliary } from './shared-auxiliaries.ts';
import type { Modality, PloverType } from '../../model/bundle-schema.ts';
import type { TimeDirection } from '../dates/resolve-date.ts';
import { SAYING_PARTICIPLES } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import { toThroughAspect } from '../text/aspect-verbs.ts';
import type { VerbForm } from './trigger-lexicon.ts';
import { readEffectState } from './effect-states.ts';
import { conditionOfAct, hasNewDate } from './modality-conditions.ts';
import { continuedAct } from './continued-acts.ts';
import { isMonthMay } from '../dates/month-may.ts';
import { isCompoundStrike } from './compound-strikes.ts';
import { ongoingDirection } from '../dates/ongoing-direction.ts';
import { perfectProgressive } from './perfect-progressive.ts';
import { progressivePassive } from './progressive-passives.ts';
import { governingWords } from './put-off-acts.ts';
import { settledActCue } from './owned-acts.ts';
import { failedAct } from './failed-acts.ts';
import { askedAct } from './asked-acts.ts';
import { readinessFor } from './readiness.ts';
import { anyBeforeNoun } from './any-acts.ts';
import { noPurposeBefore } from './disclaimed-purposes.ts';
import { weighedAct } from './considered-acts.ts';

/** The modality of an event mention, the cue that decided it, and which way its dates point. */
export type ModalityReading = { modality: Modality; cue: string; direction: TimeDirection };

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
// "must withdraw", "ought to": what someone is told to do has not happened.
const HYPOTHETICAL_MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'ought']);
const PLANNED_WORDS = new Set(['will', "'ll", 'shall', 'upcoming']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'re", '’re', 're']);
const REPORTING = new Set([
  ...SAYING_PARTICIPLES,
  'said',
  'announced',
  'told',
  'says',
  'stated',
  'pledged',
  'promised',
  'added',
  'confirmed',
  'insisted',
  'declared',
]);

// Multi-word cues, checked as lower-case token sequences ending right before the trigger or anywhere in the window.
// Planned cues that state the actor's own intent; the others in PLANNED_PHRASES ("expected to", "set to", "due
// to", "next week") are scheduling by someone else.
const INTENDING = [
  'poised to',
  'plans to',
  'plan to',
  'planned to',
  'planning to',
  'intends to',
  'intend to',
  'going to',
];
const PREPARING = ['prepares to', 'preparing to'];

const PLANNED_PHRASES = [
  'set to',
  'expected to',
  'scheduled to',
  'due to',
  'slated to',
  ...INTENDING,
  'is to',
  'are to',
  'was planned',
  'were planned',
  'is planned',
  'are planned',
  'was scheduled',
  'is scheduled',
  'were expected',
  'was expected',
  'is expected',
  'are expected',
  'later this week',
  'next week',
  'has scheduled',
  'have scheduled',
  'had scheduled',
  'plans for',
  'upcoming',
  ...PREPARING,
  'preparing for',
  'is preparing',
  'on track to',
];
const HYPOTHETICAL_PHRASES = [
  'hopes to',
  'hope to',
  'hoped to',
  'hoping to',
  'aims to',
  'aim to',
  'aimed to',
  'aiming to',
  'wants to',
  'want to',
  'wanted to',
  'seeks to',
  'seek to',
  'seeking to',
  'sought to',
  'trying to',
  'tried to',
  'try to',
  'tries to',
  'bid to',
  'effort to',
  'efforts to',
  'ready to',
  'willing to',
  'prepared to',
  'would like to',
  'wish to',
  'wishes to',
  'possibility of',
  'potential',
  'potentially',
  'possible',
  'possibly',
  'if',
  'unless',
  'whether',
  'proposed',
  'prospect of',
  'hope is to',
  'push to',
  'working to',
  'work to',
  'in order to',
  'chance of',
  'able to',
];
// A meeting put off is still intended, one called off will not take place: neither occurred (PLOVER codes
// the meeting only when it happens). Read before the trigger ("postponed his visit") and after a noun trigger
// ("the visit ... was cancelled").
const CALLED_OFF = [
  'cancelled',
  'canceled',
  'cancels',
  'cancel',
  'called off',
  'calls off',
  'call off',
  'scrapped',
  'scraps',
  'shelved',
  'shelves',
  'abandoned',
  'cancellation of',
  // "the meeting did not take place": a noun trigger negated by the verb after it.
  'not take place',
  'never took place',
  'not go ahead',
];
const PUT_OFF = [
  'postponed',
  'postpones',
  'postpone',
  'delayed',
  'delays',
  'put off',
  'puts off',
  'rescheduled',
  'pushed back',
  'deferred',
  'postponement of',
];
const ONGOING_PHRASES = [
  'continues to',
  'continue to',
  'continued to',
  'ongoing',
  'under way',
  'underway',
  'still',
  'are taking place',
  'is taking place',
  // "fighting continues in the east": the noun's verb says it goes on.
  'continues',
  'continuing',
];

/**
 * Reads modality from the words around a trigger within its clause: negation, modals, cue phrases
 * ("is set to", "hopes to"), then tense of the verb. Cues are looked for before the trigger; for a
 * noun trigger ("a meeting ... was planned") also after it.
 */
export function readModality(
  tokens: Token[],
  triggerStart: number,
  triggerEnd: number,
  verbForms: VerbForm[] | null,
  clause: [number, number],
): ModalityReading {
  const noun = nounInText(tokens, triggerStart) || isCompoundStrike(tokens, triggerStart, triggerEnd);
  return readModalityOf(tokens, triggerStart, triggerEnd, noun ? null : verbForms, clause);
}

// Verbal acts of conflict: saying them is doing them, whatever the tense.
const STATED_ACTS = new Set<PloverType>(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN']);

/**
 * "India, which blames Pakistan-based militants for the killings, ...", "Kyiv rejects the plan": a verbal act in
 * the simple present is a statement made (occurred), not a process under way; "is pressing", "continues to
 * demand" keep their own cues. A stated future acceptance is an agreement made when it is said.
 */
export function asStatement(reading: ModalityReading, type: PloverType, verb: string): ModalityReading {
  if (reading.modality === 'planned' && type === 'AGREE' && ACCEPTING.test(verb) && OWN_FUTURE.has(reading.cue))
    return { ...reading, modality: 'occurred', cue: `${reading.cue}: a stated acceptance` };
  if (reading.cue !== 'present tense' || reading.modality !== 'ongoing' || !STATED_ACTS.has(type)) return reading;
  return { modality: 'occurred', cue: 'present tense (a statement)', direction: 'past' };
}

// "The RSF said it would accept the truce", "Kyiv will agree to the plan": saying one will accept is agreeing
// (PLOVER's AGREE takes future-tense cooperation), unlike a signing or a meeting set for later.
const ACCEPTING = /^(accept|agree|consent)/;
const OWN_FUTURE = new Set(['will', "'ll", 'shall', 'would (reported intention)']);

// Words that stand before a noun, not before a finite verb: "a military strike", "the new sanctions".
const NOUN_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "United Nations sanctions on Iran were reimposed", "planned a military strike": a trigger word the lexicon
 * also knows as a verb, which the tagger reads as a noun after a determiner, an adjective or a name, is a noun
 * and takes the tense of the verb next to it.
 */
function nounInText(tokens: Token[], triggerStart: number): boolean {
  const word = tokens[triggerStart];
  const previous = tokens[triggerStart - 1];
  if (word?.pos !== 'NOUN' || !previous) return false;
  if (NOUN_OPENERS.has(previous.pos ?? '') || previous.lower === "'s") return true;
  // "in a drone attack", "after an artillery strike": a compound noun in a prepositional phrase, where no finite
  // verb stands.
  const article = tokens[triggerStart - 2];
  if (previous.pos === 'NOUN' && article?.pos === 'DET' && tokens[triggerStart - 3]?.pos === 'ADP') return true;
  // After a name the word may be a verb with its object ("Russia strikes Kyiv"): a noun is followed by a
  // preposition or its own verb ("sanctions on Iran were", "strikes against").
  const next = tokens[triggerStart + 1];
  return previous.pos === 'PROPN' && (next?.pos === 'ADP' || next?.pos === 'AUX');
}

// Words after which a "not" before them negates another verb: "agreed not to use force, after talks in
// Brasilia", "did not attack during the talks" (the talks are not denied). A possessive too: "has not answered
// Hanoi's offer to release ...", "did not attend the bloc's summit" leave the owner's act as it is told.
const NEGATION_BREAKS = new Set([
  ',',
  ';',
  'after',
  'before',
  'following',
  'during',
  'despite',
  'amid',
  'since',
  "'s",
  '’s',
]);
// A negation after these in its scope is part of a condition ("if Minsk does not withdraw"): the act is supposed.
const CONDITION_OPENERS = new Set(['if', 'whether']);

/** "if Damascus did not withdraw": the negation stands in a condition opened before it in its scope. */
function negatedInCondition(scope: string[], negation: string): boolean {
  const at = scope.indexOf(negation);
  return at > 0 && scope.slice(0, at).some((w) => CONDITION_OPENERS.has(w));
}

/** The words before a trigger that a negation among them can reach: those after the last break. */
function negationScope(before: string[]): string[] {
  const last = before.findLastIndex((w) => NEGATION_BREAKS.has(w));
  return last < 0 ? before : before.slice(last + 1);
}

function readModalityOf(
  tokens: Token[],
  triggerStart: number,
  triggerEnd: number,
  verbForms: VerbForm[] | null,
  clause: [number, number],
): ModalityReading {
  // The clause's opening word is included: "announced it would" reads the verb of saying too.
  let before = tokens.slice(Math.max(clause[0] - 1, 0, triggerStart - 8), triggerStart).map((t) => t.lower);
  // "agreed to begin disarming", "promised to help build": read as "agreed to disarm", "promised to build".
  const aspectTo = toThroughAspect(tokens, triggerStart);
  if (aspectTo >= 0 && verbForms !== null) {
    before = before.slice(0, before.length - (triggerStart - aspectTo - 1));
    verbForms = ['base'];
  }
  // "has scheduled talks and lauded ...": a coordinated verb has its own tense.
  const and = before.lastIndexOf('and');
  // "to meet Maduro and press for ...": a bare verb after "and" continues the infinitive before it.
  const infinitiveBefore = and >= 0 ? before.lastIndexOf('to', and) : -1;
  const continuesInfinitive =
    infinitiveBefore >= 0 && and - infinitiveBefore <= 5 && verbForms?.includes('base') && !verbForms.includes('past');
  if (and >= 0 && before.length - and <= 3 && verbForms !== null)
    before = continuesInfinitive
      ? [...before.slice(0, infinitiveBefore + 1)]
      : // "will release ten hostages and sign the truce": the modal of the first verb governs the second.
        (sharedAuxiliary(tokens, triggerStart - (before.length - and), clause[0], !verbForms.includes('base')) ??
        before.slice(and + 1));
  const after =
    verbForms === null ? tokens.slice(triggerEnd, Math.min(clause[1], triggerEnd + 10)).map((t) => t.lower) : [];
  const window = [...before, ...after];
  // "no" negates only the trigger it stands before ("no talks"), not a nearby noun ("no date").
  const scope = negationScope(before);
  const negation =
    scope.find((w) => NEGATIONS.has(w)) ?? noLonger(scope) ?? noBeforeNoun(tokens, triggerStart, verbForms);
  const pastAux = window.some((w) => PAST_AUX.has(w));
  if (negation && negatedInCondition(scope, negation))
    return { modality: 'hypothetical', cue: `if … ${negation}`, direction: 'future' };
  if (negation || hasApostropheT(tokens, Math.max(clause[0], triggerStart - 8), triggerStart)) {
    // "would not sign the deal unless Pristina ...": refused now, done if the condition is met.
    if (!pastAux && conditionAfter(tokens, triggerEnd) === 'unless')
      return { modality: 'hypothetical', cue: NOT_UNLESS, direction: 'future' };
    return { modality: 'denied', cue: negation ?? "n't", direction: pastAux ? 'past' : 'future' };
  }
  const denier = outsideComplement(tokens, triggerStart, clause) ? null : deniedBySpeaker(tokens, clause);
  if (denier) return { modality: 'denied', cue: denier, direction: 'past' };
  const deniedAct =
    deniedBefore(tokens, triggerStart) ??
    deniedClauseWithoutThat(tokens, triggerStart) ??
    refusedBefore(tokens, triggerStart) ??
    failedAct(tokens, triggerStart) ??
    leftUndone(tokens, triggerStart);
  if (deniedAct) return { modality: 'denied', cue: deniedAct, direction: 'past' };
  const disclaimed = noPurposeBefore(tokens, triggerStart, verbForms === null);
  if (disclaimed) return disclaimed;
  const weighed = weighedAct(tokens, triggerStart, verbForms === null);
  if (weighed) return weighed;
  const near = [...before.slice(-4), ...after];
  const nearCalledOff = findPhrase(near, CALLED_OFF);
  const nearPutOff = nearCalledOff ? null : findPhrase(near, PUT_OFF);
  // "postponed the next round of talks", "the meeting, set for Monday, was called off": the verb governing a noun,
  // read only when the near words hold no cue.
  const governing =
    verbForms === null && !nearCalledOff && !nearPutOff ? governingWords(tokens, triggerStart, triggerEnd) : null;
  const calledOff = nearCalledOff ?? (governing && findPhrase(governing.words, CALLED_OFF));
  if (calledOff) return { modality: 'denied', cue: calledOff, direction: 'future' };
  const putOff = nearPutOff ?? (governing && findPhrase(governing.words, PUT_OFF));
  if (putOff)
    return hasNewDate(tokens, triggerEnd, clause[1]) ||
      (governing !== null && hasNewDate(tokens, governing.from, governing.end + 6))
      ? { modality: 'planned', cue: `${putOff} to a new date`, direction: 'future' }
      : { modality: 'denied', cue: putOff, direction: 'future' };
  const hypothetical =
    askedAct(tokens) ??
    (verbForms === null ? (readinessFor(tokens, triggerStart) ?? anyBeforeNoun(tokens, triggerStart)) : null) ??
    findPhrase(window, HYPOTHETICAL_PHRASES) ??
    modalCue(before, after, reportedClause(tokens, clause));
  if (hypothetical && hypothetical !== 'reported-would')
    return { modality: 'hypothetical', cue: hypothetical, direction: 'future' };
  const planned =
    hypothetical === 'reported-would'
      ? 'would (reported intention)'
      : (findPhrase(window, PLANNED_PHRASES) ?? window.find((w) => PLANNED_WORDS.has(w)));
  if (planned) return conditioned({ modality: 'planned', cue: planned, direction: 'future' }, tokens, triggerEnd);
  const effect = readEffectState(tokens, triggerStart, clause[1]);
  if (effect) return effect;
  const ongoing =
    findPhrase(window, ONGOING_PHRASES) ??
    continuedAct(tokens, triggerStart, verbForms === null) ??
    runningSince(tokens, triggerStart, before, clause, verbForms === null) ??
    perfectProgressive(tokens, triggerStart, verbForms === null) ??
    progressivePassive(tokens, triggerStart);
  if (ongoing) return { modality: 'ongoing', cue: ongoing, direction: ongoingDirection(ongoing, before) };
  if (committedToDoing(before, verbForms))
    return conditioned({ modality: 'planned', cue: `${before.at(-2)} to`, direction: 'future' }, tokens, triggerEnd);
  if ((afterTo(before) && verbForms?.includes('base')) || nounAfterInfinitive(before, verbForms)) {
    // "agreed on Friday to release the hostages": what was promised is planned, not merely hoped for.
    const promise = before.slice(-7, -1).find((w) => COMMITTING.has(w)) ?? committedAcrossAdjunct(tokens, triggerStart);
    if (promise)
      return conditioned({ modality: 'planned', cue: `${promise} to`, direction: 'future' }, tokens, triggerEnd);
    const settled = settledActCue(tokens, triggerStart);
    if (settled) return conditioned({ modality: 'planned', cue: settled, direction: 'future' }, tokens, triggerEnd);
    const wider = tokens.slice(Math.max(clause[0] - 1, 0, triggerStart - 16), triggerStart).map((t) => t.lower);
    const journey = journeyPurpose(wider.slice(0, wider.lastIndexOf('to')));
    if (journey) return journey;
    return { modality: 'hypothetical', cue: 'to-infinitive', direction: 'future' };
  }
  return readTense(before, after, verbForms);
}

/**
 * "decided after meeting in Riyadh on Tuesday to appoint", "pledged at their summit in Brussels to send": the
 * committing verb before a circumstance that ends at the infinitive's "to" (`text/adjunct-infinitives.ts`).
 */
function committedAcrossAdjunct(tokens: Token[], verb: number): string | undefined {
  const to = tokens[verb - 1]?.lower === 'to' ? verb - 1 : verb - 2;
  if (tokens[to]?.lower !== 'to') return undefined;
  const start = adjunctEndingAt(tokens, to);
  const word = start > 0 ? tokens[start - 1]!.lower : '';
  return COMMITTING.has(word) ? word : undefined;
}

/** The words before a verb end in "to", maybe with an adverb after it ("agreed to gradually withdraw"). */
function afterTo(before: string[]): boolean {
  return before.at(-1) === 'to' || (before.at(-2) === 'to' && /^\p{Ll}+ly$/u.test(before.at(-1) ?? ''));
}

/** "committed to withdrawing", "pledged to lifting": a promise with an -ing verb, as with an infinitive. */
function committedToDoing(before: string[], verbForms: VerbForm[] | null): boolean {
  return before.at(-1) === 'to' && verbForms?.includes('ing') === true && COMMITTING.has(before.at(-2) ?? '');
}

/**
 * "would join the talks only if ...", "committed to pulling out if ...": a planned act on a condition is
 * hypothetical. The cue stays, so a stated intent ("would", "pledged to") is still read from it.
 */
function conditioned(reading: ModalityReading, tokens: Token[], triggerEnd: number): ModalityReading {
  return conditionOfAct(tokens, triggerEnd) ? { ...reading, modality: 'hypothetical' } : reading;
}

const TAKING_PART = new Set([
  'attend',
  'join',
  'lead',
  'hold',
  'host',
  'chair',
  'open',
  'resume',
  'begin',
  'start',
  'take',
]);

/**
 * "to attend talks", "to lead the talks", "to lead the Taliban side in talks", "to take part in talks": a
 * meeting noun after an infinitive of taking part takes the infinitive's modality, unless a clause or another
 * act begins between them ("to hold a briefing after the talks").
 */
function nounAfterInfinitive(before: string[], verbForms: VerbForm[] | null): boolean {
  const to = before.lastIndexOf('to');
  if (verbForms !== null || to < 0 || before.length - to > 6 || !TAKING_PART.has(before[to + 1] ?? '')) return false;
  return !before.slice(to + 2).some((w) => PHRASE_ENDS.has(w));
}

/** "will no longer cooperate with": what stops is negated like "not". */
function noLonger(before: string[]): string | undefined {
  const at = before.indexOf('longer');
  return at > 0 && before[at - 1] === 'no' ? 'no longer' : undefined;
}

/** "no trade negotiations were taking place": "no" before a noun trigger and its modifiers negates it. */
function noBeforeNoun(tokens: Token[], triggerStart: number, verbForms: VerbForm[] | null): string | undefined {
  if (tokens[triggerStart - 1]?.lower === 'no') return 'no';
  if (verbForms !== null) return undefined;
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - 3); j--) {
    const token = tokens[j]!;
    if (token.lower === 'no') return 'no';
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

/**
 * ", calling the claim propaganda": a participle after a comma belongs to the main clause, so a denial's
 * "that" clause before it does not reach it; nor does it reach past "and" and the denier's next words ("...
 * and accused Kinshasa of arming the FDLR").
 */
function outsideComplement(tokens: Token[], triggerStart: number, clause: [number, number]): boolean {
  if (tokens[triggerStart - 1]?.text === ',' && /ing$/.test(tokens[triggerStart]!.lower)) return true;
  for (let k = Math.max(clause[0], 1); k <= triggerStart; k++)
    if (tokens[k - 1]!.lower === 'and' && DENIERS_OWN_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

// "denied that its units had opened fire and called the statement disinformation": a verb of saying or
// blaming in the past after "and" is the denier's next act, not part of what is denied.
const DENIERS_OWN_WORDS = new Set([
  'called',
  'accused',
  'blamed',
  'urged',
  'demanded',
  'described',
  'dismissed',
  'warned',
  'condemned',
  'branded',
  // "... and rejected the Armenian account", "and denounced the UN report": answering the charge is the denier's too.
  'rejected',
  'denounced',
  'criticised',
  'criticized',
  'insisted',
]);

const PERFECT = new Set(['has', 'have', "'s", "'ve"]);

/**
 * "has been besieging El Fasher since May", "attacks have continued since November", "have launched drones
 * every night since August": a present perfect running from a point "since" is still going on.
 */
function runningSince(
  tokens: Token[],
  triggerStart: number,
  before: string[],
  clause: [number, number],
  nounTrigger: boolean,
): string | null {
  // "Trump's call with Putin": before a noun, "'s" is a possessive, not "has".
  const perfect = before.slice(-3).some((w) => PERFECT.has(w) && !(w === "'s" && nounTrigger));
  const after = tokens.slice(triggerStart, clause[1]).map((t) => t.lower);
  const continuing = after.slice(0, 6).some((w) => PERFECT.has(w)) && after.includes('continued');
  if (!perfect && !continuing) return null;
  return runningFrom(after) || runningFrom(before) ? 'present perfect since' : null;
}

// "the first visit since 2019", "the heaviest shelling since May": "since" measures a record, not a start.
const RECORD_WORDS = new Set(['first', 'only', 'biggest', 'largest', 'highest', 'lowest', 'worst', 'deadliest']);

/** Whether the words hold a "since" that starts what runs, not one after a record ("their first since 2022"). */
function runningFrom(words: string[]): boolean {
  return words.some((w, k) => w === 'since' && !words.slice(Math.max(0, k - 3), k).some((r) => RECORD_WORDS.has(r)));
}

// A journey's purpose: after a completed trip ("flew to Abu Dhabi to hold talks") news reports the purpose as
// done; after leaving, arriving or sending someone it is still ahead ("arrived in Beijing to attend a parade").
const COMPLETED_JOURNEYS = new Set(['flew', 'travelled', 'traveled', 'went', 'came', 'headed', 'drove', 'visited']);
const JOURNEYS_AHEAD = new Set(['arrived', 'left', 'sent', 'dispatched', 'departed', 'landed']);
// A call made to someone for a purpose ("called Sharif on Thursday to press for calm") did what it was for on
// the call; "called on X to" is a request, whose infinitive is no event of its own (draft-event.ts).
const COMPLETED_CALLS = new Set(['called', 'phoned', 'rang', 'telephoned']);
// A crowd that gathered to demand or denounce did so by gathering ("rallied in Seoul on Saturday to demand").
const COMPLETED_GATHERINGS = new Set(['rallied', 'marched', 'gathered', 'demonstrated', 'protested', 'assembled']);

function journeyPurpose(before: string[]): ModalityReading | null {
  for (let j = before.length - 1; j >= 0; j--) {
    const word = before[j]!;
    if (
      COMPLETED_JOURNEYS.has(word) ||
      COMPLETED_GATHERINGS.has(word) ||
      (COMPLETED_CALLS.has(word) && before[j + 1] !== 'on')
    )
      return { modality: 'occurred', cue: `${word} … to`, direction: 'past' };
    // The journey itself is past: a date in the sentence ("arrived on Monday") counts back.
    if (JOURNEYS_AHEAD.has(word)) return { modality: 'planned', cue: `${word} … to`, direction: 'past' };
  }
  return null;
}

function readTense(before: string[], after: string[], verbForms: VerbForm[] | null): ModalityReading {
  const aux = before.at(-1) ?? '';
  const aux2 = before.at(-2) ?? '';
  if (verbForms?.includes('ing') && (PRESENT_BE.has(aux) || PRESENT_BE.has(aux2)))
    return { modality: 'ongoing', cue: `${aux} …ing`, direction: 'future' };
  if (verbForms?.includes('past') || verbForms?.includes('participle'))
    return { modality: 'occurred', cue: 'past tense', direction: 'past' };
  if (verbForms?.includes('present') || verbForms?.includes('base')) {
    if (PAST_AUX.has(aux)) return { modality: 'occurred', cue: `${aux} + verb`, direction: 'past' };
    return { modality: 'ongoing', cue: 'present tense', direction: 'future' };
  }
  // Noun triggers take the tense of the verb next to them ("talks were held", "talks are held").
  const near = [...before.slice(-3), ...after.slice(0, 4)];
  if (near.some((w) => PRESENT_BE.has(w))) return { modality: 'ongoing', cue: 'present tense', direction: 'future' };
  return {
    modality: 'occurred',
    cue: near.some((w) => PAST_AUX.has(w)) ? 'past tense' : 'no cue: reported as fact',
    direction: 'past',
  };
}

// "The Kremlin denied that its troops had shelled ...": the event in the complement is one the speaker denies.
const DENYING = new Set([
  'denied',
  'denies',
  'deny',
  'denying',
  'refuted',
  'refutes',
  'dismissed',
  'dismisses',
  'rejected',
  'rejects',
]);
const DENIED_NOUNS = new Set(['reports', 'claims', 'allegations', 'accusations', 'suggestions']);
// Only a denial proper reaches an act without "that" ("denied arming the M23"): "rejected talks" refuses them.
const DENYING_ACTS = new Set(['denied', 'denies', 'deny', 'denying']);
// Words that end the phrase a denial governs: a clause or another verb begins.
const PHRASE_ENDS = new Set([',', ';', ':', 'that', 'and', 'but', 'while', 'as', 'after', 'before', 'because']);

/**
 * "denied arming the M23", "has denied supplying weapons to", "denies involvement in the attack": a verb of
 * denial whose object is the act itself, an -ing verb or a noun phrase reaching the trigger with no other verb
 * or clause between, denies that act.
 */
function deniedBefore(tokens: Token[], triggerStart: number): string | null {
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - 7); j--) {
    const token = tokens[j]!;
    if (DENYING_ACTS.has(token.lower)) return `${token.lower} …`;
    if (disowns(tokens, j)) return `no ${token.lower} …`;
    if (PHRASE_ENDS.has(token.lower) || token.pos === 'AUX') return null;
    if (token.pos === 'VERB' && !/ing$/.test(token.lower)) return null;
  }
  return null;
}

// The auxiliaries that make the words after a denial a clause of its own ("denied it was behind", "denied its
// troops had shelled"), not the denial's object.
const CLAUSE_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'did']);
const DENIED_CLAUSE_REACH = 10;

/**
 * "denied it was behind the attack", "denied Russian troops had shelled the market": a denial's clause without
 * "that", a subject and an auxiliary after the verb of denial, denies the act in it as "denied that" does. The
 * clause ends at a comma, a semicolon or a joining word.
 */
function deniedClauseWithoutThat(tokens: Token[], triggerStart: number): string | null {
  let auxiliary = false;
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - DENIED_CLAUSE_REACH); j--) {
    const word = tokens[j]!.lower;
    if (DENYING_ACTS.has(word))
      return auxiliary && j + 1 < triggerStart && CLAUSE_AUXILIARIES.has(tokens[j + 1]!.lower) === false
        ? `${word} (that)`
        : null;
    if (PHRASE_ENDS.has(word) || word === 'which' || word === 'who') return null;
    if (CLAUSE_AUXILIARIES.has(word)) auxiliary = true;
  }
  return null;
}

// Verbs by which a party refuses its own act: "refused to allow inspectors back" is an act that did not happen.
export const REFUSING_ACTS = new Set(['refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline']);

/** "refused to sit down with", "declined to sign": the refusing verb right before the trigger's "to". */
function refusedBefore(tokens: Token[], triggerStart: number): string | null {
  const verb = tokens[triggerStart - 2];
  return tokens[triggerStart - 1]?.lower === 'to' && verb && REFUSING_ACTS.has(verb.lower) ? `${verb.lower} to` : null;
}

// "said it had no role in the attack", "has no connection to the gunmen who": a party disowning an act denies it.
const INVOLVEMENT = new Set(['role', 'connection', 'connections', 'link', 'links', 'involvement', 'hand', 'part']);
const INVOLVED_IN = new Set(['in', 'to', 'with']);

/** "no role in", "no connection to": an involvement noun after "no" and before its preposition, at `j`. */
export function disowns(tokens: Token[], j: number): boolean {
  return (
    INVOLVEMENT.has(tokens[j]!.lower) && tokens[j - 1]?.lower === 'no' && INVOLVED_IN.has(tokens[j + 1]?.lower ?? '')
  );
}

/** "left the White House without signing the deal": an act in "without" + -ing was not done. */
function leftUndone(tokens: Token[], triggerStart: number): string | null {
  return tokens[triggerStart - 1]?.lower === 'without' && /ing$/.test(tokens[triggerStart]?.lower ?? '')
    ? 'without'
    : null;
}

/** A marker cue for a negated future with an "unless" condition: `stated-intent.ts` reads it as a threat. */
export const NOT_UNLESS = 'not … unless';

/**
 * "if" or "unless" after the trigger in its sentence (the tokens are one sentence's, so a full stop inside
 * it belongs to an abbreviation such as "U.N."): the act is made conditional.
 */
export function conditionAfter(tokens: Token[], from: number): 'if' | 'unless' | null {
  for (let j = from; j < Math.min(tokens.length, from + 20); j++) {
    const word = tokens[j]!.lower;
    if (word === 'if' || word === 'unless') return word;
    if (word === ';') return null;
  }
  return null;
}

/** The word of denial governing the "that"-clause a trigger stands in, or null. */
function deniedBySpeaker(tokens: Token[], clause: [number, number]): string | null {
  const that = clause[0] - 1;
  if (tokens[that]?.lower !== 'that') return null;
  // "denied on Monday that": a few words (a date, an adverb) may stand between the verb and "that".
  for (let j = that - 1; j >= Math.max(0, that - 5); j--) {
    const word = tokens[j]!.lower;
    if (DENIED_NOUNS.has(word) && DENYING.has(tokens[j - 1]?.lower ?? ''))
      return `${tokens[j - 1]!.lower} ${word} that`;
    if (DENYING.has(word) && !DENIED_NOUNS.has(tokens[j + 1]?.lower ?? '')) return `${word} that`;
    if (!tokens[j]!.isWord || word === 'and' || word === 'but') return null;
  }
  return null;
}

// The cues that state the actor's own intent: the future, a reported "would", intending and preparing, and
// readiness (a hypothetical cue that states intent too).
const OWN_INTENT_CUES = new Set([
  'will',
  "'ll",
  'shall',
  'would (reported intention)',
  ...INTENDING,
  ...PREPARING,
  'ready to',
  'willing to',
  'prepared to',
]);

/** Whether a modality cue states the actor's own intent ("will", "plans to", "pledged to"), not a schedule or a hope. */
export function statesOwnIntent(cue: string): boolean {
  if (OWN_INTENT_CUES.has(cue)) return true;
  const [verb, to, ...rest] = cue.split(' ');
  return to === 'to' && rest.length === 0 && COMMITTING.has(verb ?? '');
}

const COMMITTING = new Set([
  'agreed',
  'agrees',
  'agree',
  // ", agreeing to halt all firing": a participle commits as the finite verb does.
  'agreeing',
  'pledging',
  'promising',
  'vowing',
  'committing',
  'promised',
  'promises',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'committed',
  'commits',
  'undertook',
  'decided',
  'decides',
  'resolved',
  'consented',
  'consents',
  // "ordered the army to deploy troops", "instructed the ministry to suspend": a directive plans the act.
  ...['ordered', 'orders', 'instructed', 'instructs', 'directed', 'directs', 'commanded', 'authorised'],
  ...['authorized', 'authorises', 'authorizes'],
]);

/** "pledged on Monday that France would ...": the clause is the content of a verb of saying before "that". */
function reportedClause(tokens: Token[], clause: [number, number]): boolean {
  const opener = clause[0] - 1;
  if (tokens[opener]?.lower !== 'that') return false;
  for (let j = opener - 1; j >= Math.max(0, opener - 4); j--) if (REPORTING.has(tokens[j]!.lower)) return true;
  return false;
}

function modalCue(before: string[], after: string[], reported: boolean): string | null {
  const all = [...before, ...after];
  const index = all.findIndex((w, i) => HYPOTHETICAL_MODALS.has(w) && !isMonthMay(all, i));
  if (index < 0) return null;
  if (all[index] === 'would' && reported) return 'reported-would';
  // "announced it would lift", "said the United States would hold talks": a reported intention, not a mere
  // possibility; the subject may stand between the verb of saying and "would".
  if (all[index] === 'would' && all.slice(Math.max(0, index - 6), index).some((w) => REPORTING.has(w)))
    return 'reported-would';
  return all[index]!;
}

/** A cue list indexed once by each phrase's first word: modality is read for every trigger of every article. */
type PhraseIndex = { words: string[][]; byFirstWord: Map<string, number[]> };
const indexed = new Map<string[], PhraseIndex>();

function indexPhrases(phrases: string[]): PhraseIndex {
  const words = phrases.map((p) => p.split(' '));
  const byFirstWord = new Map<string, number[]>();
  words.forEach((w, i) => byFirstWord.set(w[0]!, [...(byFirstWord.get(w[0]!) ?? []), i]));
  return { words, byFirstWord };
}

/**
 * The first phrase of the list (in list order) that occurs as consecutive words of the window. A phrase can occur
 * only where its first word is, so only the phrases a window word begins are compared, word by word: the windows
 * are not joined into strings and split again for each list.
 */
function findPhrase(words: readonly string[], phrases: string[]): string | null {
  let index = indexed.get(phrases);
  if (!index) indexed.set(phrases, (index = indexPhrases(phrases)));
  let best = -1;
  for (let at = 0; at < words.length; at++) {
    const candidates = index.byFirstWord.get(words[at]!);
    if (!candidates) continue;
    for (const i of candidates) {
      if (best >= 0 && i >= best) break;
      if (wordsAt(words, at, index.words[i]!)) best = i;
    }
  }
  return best < 0 ? null : phrases[best]!;
}

/** Whether `phrase` is the words of `words` from `at` on. */
function wordsAt(words: readonly string[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function hasApostropheT(tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(from, 1); i < to; i++)
    if (tokens[i]!.lower === 't' && /['’]/.test(tokens[i - 1]!.text)) return true;
  return false;
}
