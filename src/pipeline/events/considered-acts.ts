import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { ModalityReading } from './modality.ts';
import type { Participant } from './participants.ts';

// "The EU is considering imposing new sanctions", "Seoul is weighing whether to meet Kim", "Delhi was
// contemplating a strike on the camps": an act a party considers is not done, only possible (hypothetical), and the
// one who weighs it would do it. The progressive of the weighing verb had read the act as ongoing, its past as done.
const WEIGHING = new Set([
  'consider',
  'considers',
  'considered',
  'considering',
  'weigh',
  'weighs',
  'weighed',
  'weighing',
  'mull',
  'mulls',
  'mulled',
  'mulling',
  'contemplate',
  'contemplates',
  'contemplated',
  'contemplating',
  'ponder',
  'ponders',
  'pondered',
  'pondering',
]);
// "considered the Indian strikes an act of war" judges the act: before a noun only the progressive "considering"
// weighs, and the other verbs do in every form.
const JUDGING = new Set(['consider', 'considers', 'considered']);
// "weighing up", "mulling over".
const PARTICLES = new Set(['up', 'over']);
// Words of a noun act's phrase before its noun: "a new round of", "fresh", "possible".
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const PHRASE_REACH = 5;
// A verbal act's noun weighed is another party's act already made, answered now: "weighing the demand for more
// troops", "considering the request by Kyiv" (the request was made; the one weighing it made none).
const MADE_ACTS =
  /^(requests?|demands?|calls?|appeals?|proposals?|offers?|threats?|warnings?|accusations?|allegations?|claims?|charges?|complaints?|protests?|ultimatums?)$/;

/** The weighing verb before `at` (past a particle), else -1. */
function weighingAt(tokens: Token[], at: number): number {
  const k = PARTICLES.has(tokens[at]?.lower ?? '') ? at - 1 : at;
  return k >= 0 && WEIGHING.has(tokens[k]!.lower) ? k : -1;
}

/** The weighing verb governing the act at `triggerStart`, else -1. */
export function weighingVerbOf(tokens: Token[], triggerStart: number, isNoun: boolean): number {
  const act = tokens[triggerStart]!.lower;
  if (!isNoun && /ing$/.test(act)) {
    const verb = weighingAt(tokens, triggerStart - 1);
    if (verb >= 0) return verb;
  }
  // "weighing whether to meet Kim".
  if (tokens[triggerStart - 1]?.lower === 'to' && tokens[triggerStart - 2]?.lower === 'whether')
    return weighingAt(tokens, triggerStart - 3);
  if (!isNoun || MADE_ACTS.test(act)) return -1;
  // "considering a new round of strikes on": words of the act's own phrase, none a name (an owner's act is judged).
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - PHRASE_REACH); j--) {
    const token = tokens[j]!;
    const verb = weighingAt(tokens, j);
    if (verb >= 0) return JUDGING.has(tokens[verb]!.lower) ? -1 : verb;
    const phraseWord = token.lower === 'of' || (PHRASE_WORDS.has(token.pos ?? '') && !token.capitalised);
    if (!token.isWord || !phraseWord) return -1;
  }
  return -1;
}

const CUE = '(weighed)';

/** The reading of an act a party weighs: hypothetical. */
export function weighedAct(tokens: Token[], triggerStart: number, isNoun: boolean): ModalityReading | null {
  const verb = weighingVerbOf(tokens, triggerStart, isNoun);
  return verb < 0 ? null : { modality: 'hypothetical', cue: `${tokens[verb]!.lower} ${CUE}`, direction: 'future' };
}

// Words between the one who weighs and the weighing verb: "is reportedly considering", "has long mulled".
const BETWEEN = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'been',
  'be',
  'reportedly',
  'also',
  'now',
  'still',
  'seriously',
  'actively',
  'already',
  'openly',
  'long',
]);

/** Gives a weighed act with no doer the party right before the weighing verb ("Seoul is weighing whether to meet"). */
export function withWeighers(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.source.length > 0 || !d.modalityCue.endsWith(CUE)) return d;
    const { tokens, match } = d;
    let k = weighingVerbOf(tokens, match.tokenStart, match.trigger.isNoun) - 1;
    if (k < 0) return d;
    while (k > 0 && BETWEEN.has(tokens[k]!.lower)) k--;
    const m = mentions.find((x) => x.tokenEnd === k + 1 && x.via !== 'adjective');
    if (!m || d.target.some((p) => p.actorId === m.actorId)) return d;
    const source: Participant[] = [{ actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via }];
    return { ...d, source };
  });
}
