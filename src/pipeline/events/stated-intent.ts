import type { PloverType } from '../../model/bundle-schema.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';
import { conditionAfter, NOT_UNLESS, statesOwnIntent } from './modality.ts';
import { withReactionTarget } from './reaction-targets.ts';
import { deploymentIntent, hostilePairs, type HostilePairs } from './hostile-deployments.ts';
import { THREATENED_MEASURE } from './worded-threats.ts';
import { vowsRefusal } from './vowed-refusals.ts';

// PLOVER codes what an actor says it will do as a verbal event of its own: a stated intent to use force,
// punish or protest is a THREATEN, a stated intent to cooperate, help or give way is an AGREE, and a stated
// refusal of such cooperation is a REJECT. The act itself stays, planned ("a promise to do X is AGREE, the
// doing is X").
const CONFLICT_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
// CONCEDE is already the verbal form of giving way in Parley (a promised easing of sanctions), and a planned
// meeting stays a planned CONSULT unless it is offered, so neither gets a second, verbal event.
// A stated intent to back, recognise or restore ties ("would reopen its embassy in Yerevan") is one too: CAMEO
// 032, intent to engage in diplomatic cooperation, which the CAMEO to PLOVER table files under AGREE.
const COOPERATIVE_ACTS = new Set<PloverType>(['COOPERATE', 'AID', 'RETREAT', 'SUPPORT']);
// What an actor can refuse to do (CAMEO 12: reject cooperation, a proposal to meet, a plan; decline to yield):
// the cooperative acts, meeting, and the verbal ones, accepting (AGREE), endorsing (SUPPORT) and giving way
// (CONCEDE). Negated in the future ("would not support", "will not accept") the saying is a REJECT.
const REFUSABLE_ACTS = new Set<PloverType>([...COOPERATIVE_ACTS, 'CONSULT', 'AGREE', 'SUPPORT', 'CONCEDE']);
// Modals that make a coercive act depend on a condition ("could cut ties if ..."): a conditional threat.
const CONDITIONAL_MODALS = new Set(['may', 'might', 'could', 'would']);
// Cues of readiness: an offer ("ready to meet", "willing to talk").
const READINESS = new Set(['ready to', 'willing to', 'prepared to']);

const FUTURE_AUXILIARIES = new Set(['will', 'would', "'ll", 'shall']);

/** "Chirac said Iraq must cooperate": the speaker's REQUEST that the draft's actor act, besides the act. */
export function demandOf(draft: EventDraft, statementDate: ResolvedDate): EventDraft | null {
  if (!draft.demandedBy || draft.source.length === 0) return null;
  return {
    ...draft,
    type: 'REQUEST',
    mode: null,
    source: draft.demandedBy,
    target: draft.source,
    modality: 'occurred',
    modalityCue: `demanded (must) that ${draft.type}`,
    date: statementDate,
    dateSpan: null,
    demandedBy: undefined,
  };
}

/**
 * Each draft followed by the verbal events its stated intent and its demand make. A stated AGREE is left out
 * when the sentence already reports the promise by the same actor ("Japan pledged to send aid": the pledge
 * is the AGREE, the sending stays planned).
 */
export function withStatedIntents(
  drafts: EventDraft[],
  statementDate: ResolvedDate,
  sideOf: (actorId: string) => string = (id) => id,
): EventDraft[] {
  // Drafts by sentence, so a promise is looked for among its own sentence's drafts, not the whole article's.
  const bySentence = new Map<EventDraft['sentence'], EventDraft[]>();
  for (const d of drafts) {
    const same = bySentence.get(d.sentence);
    if (same) same.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  // The sides the article shows in conflict, for a stated deployment only: whether it threatens where it goes.
  let hostile: HostilePairs | null = null;
  const hostileSides = () => (hostile ??= hostilePairs(drafts, sideOf));
  return drafts.flatMap((d) => {
    // What was said is dated by its saying when the sentence gives that day, else by publication.
    const said = d.statementDate ?? statementDate;
    const sentenceDrafts = bySentence.get(d.sentence) ?? [];
    const stated = statedIntent(d, said, sideOf, hostileSides);
    // "would never give up its right, whatever Washington demanded": a refusal naming no one refuses the other
    // party of the sentence's events, as a reaction does.
    const intent = stated && stated.target.length === 0 ? withReactionTarget(stated, sentenceDrafts, sideOf) : stated;
    const promised = intent?.type === 'AGREE' && sentenceDrafts.some((other) => isSamePromise(other, intent));
    return [d, promised ? null : intent, demandOf(d, said), accusationOf(d, said, sideOf)].filter((x) => x !== null);
  });
}

/** A draft with who reported it ("Kosovo said Serbia had attacked its police": Kosovo), when that is known. */
export type ReportedDraft = EventDraft;

// Acts of force or repression a speaker can blame on someone (CAMEO 1123 "accuse of aggression").
const BLAMEABLE_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE']);
// Acts a speaker turns back on the other side with a reflexive ("Washington itself had imposed restrictions",
// "the rebels themselves shelled the town"): said so, any hostile act is blamed, whoever it was done to.
const TURNABLE_ACTS = new Set<PloverType>([...BLAMEABLE_ACTS, 'SANCTION', 'MOBILIZE', 'THREATEN', 'REJECT']);
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** "Washington itself had ...": a reflexive right after the reported act's subject, before the act. */
function blameTurned({ tokens, match, source }: EventDraft): boolean {
  const end = source.at(-1)?.span?.end;
  if (end === undefined) return false;
  const after = tokens.findIndex((t) => t.start >= end);
  return after >= 0 && after < match.tokenStart && REFLEXIVES.has(tokens[after]!.lower);
}

/**
 * "Kosovo said Serbia had attacked its police": a party to a conflict reporting what the other side did to it
 * blames it, an ACCUSE of the speaker against the actor (PLOVER codes an accusation only when the speaker
 * blames). Kept narrow: the speaker's side (`sideOf`: a person's or sector's state) must be among those acted
 * on and not among those acting, so a third party's report ("the UN said ...") and a claim of one's own
 * strike ("Iran said it had fired ...") are no accusation. Needs the draft's `saidBy`.
 */
export function accusationOf(
  draft: ReportedDraft,
  statementDate: ResolvedDate,
  sideOf: (actorId: string) => string = (id) => id,
): EventDraft | null {
  const speakers = draft.saidBy ?? [];
  if (speakers.length === 0 || draft.source.length === 0 || draft.modality !== 'occurred') return null;
  if (draft.statedIntent) return null;
  const turned = blameTurned(draft);
  if (!BLAMEABLE_ACTS.has(draft.type) && !(turned && TURNABLE_ACTS.has(draft.type))) return null;
  const sides = (ps: Participant[]) => new Set(ps.flatMap((p) => [p.actorId, sideOf(p.actorId)]));
  const speakerSides = sides(speakers);
  const acting = sides(draft.source);
  const actedOn = sides(draft.target);
  if ([...speakerSides].some((s) => acting.has(s))) return null;
  if (!turned && ![...speakerSides].some((s) => actedOn.has(s))) return null;
  return {
    ...draft,
    type: 'ACCUSE',
    mode: null,
    source: speakers,
    target: draft.source,
    modality: 'occurred',
    modalityCue: `reported (${draft.modalityCue}) by the side acted on: ${draft.type}`,
    date: statementDate,
    dateSpan: null,
    saidBy: undefined,
    demandedBy: undefined,
  } as ReportedDraft;
}

function isSamePromise(promise: EventDraft, intent: EventDraft): boolean {
  return (
    promise !== intent &&
    promise.type === 'AGREE' &&
    // "Russia decided to withdraw": a decision of one party is no agreement, so its stated intent is the AGREE.
    (promise.mode !== 'decision' || promise.source.length + promise.target.length >= 2) &&
    promise.sentence === intent.sentence &&
    promise.match.tokenEnd <= intent.match.tokenStart &&
    // A bare "willing to" read as an AGREE of its own, with no verb and no counterpart, is not kept as one.
    (promise.match.verbForms !== null || promise.target.length > 0) &&
    intent.source.every((p) => promise.source.some((q) => q.actorId === p.actorId))
  );
}

/** The verbal event a draft's stated intent makes, besides the draft itself, or null. */
export function statedIntent(
  draft: EventDraft,
  statementDate: ResolvedDate,
  sideOf: (actorId: string) => string = (id) => id,
  hostileSides: () => HostilePairs = () => new Map(),
): EventDraft | null {
  const type = intentType(draft, () => deploymentIntent(draft, hostileSides(), sideOf));
  if (!type || draft.source.length === 0) return null;
  return {
    ...draft,
    type,
    source: withOwnSpeakers(draft, sideOf),
    mode: null,
    modality: 'occurred',
    modalityCue: `stated intent (${draft.modalityCue}) to ${draft.type}`,
    // What was said is dated by its saying; the act's own date ("on Monday") belongs to the act.
    date: statementDate,
    dateSpan: null,
    statedIntent: true,
  };
}

/**
 * "Macron pledged that France would keep sending missiles", "Vucic said Serbia would not sign": the intent is
 * stated by the speaker for their own side, so the speaker is a source of the verbal event besides the side.
 * A speaker of another side only reports someone else's intent ("Rubio said Russia would attend").
 */
function withOwnSpeakers(draft: EventDraft, sideOf: (actorId: string) => string): Participant[] {
  const sides = new Set(draft.source.flatMap((p) => [p.actorId, sideOf(p.actorId)]));
  const own = (draft.saidBy ?? []).filter((p) => sides.has(sideOf(p.actorId)));
  return [...own, ...draft.source.filter((p) => !own.some((s) => s.actorId === p.actorId))];
}

/** `deployment`: the verbal event of a stated deployment, which depends on whom it is aimed at. */
function intentType(draft: EventDraft, deployment: () => PloverType | null): PloverType | null {
  // "would not negotiate its border", "will not accept refugees", "would not support sanctions": a refusal.
  if (draft.modality === 'denied') return REFUSABLE_ACTS.has(draft.type) && refusesFuture(draft) ? 'REJECT' : null;
  if (draft.modality !== 'planned' && draft.modality !== 'hypothetical') return null;
  // "said Minsk would face new sanctions if ...": the measure a threat names has its THREATEN already.
  if (draft.modalityCue === THREATENED_MEASURE) return null;
  // "would not sign the deal unless Pristina ...": a refusal made a lever is a threat (CAMEO 131, 139).
  if (draft.modalityCue === NOT_UNLESS) return REFUSABLE_ACTS.has(draft.type) ? 'THREATEN' : null;
  if (CONFLICT_ACTS.has(draft.type) && conditionalThreat(draft))
    return draft.type === 'MOBILIZE' ? deployment() : 'THREATEN';
  // "would meet Vucic if ...", "willing to meet": an offer to meet is an AGREE (CAMEO 036, PLOVER "offer"),
  // a meeting merely scheduled ("will meet on Thursday") stays a planned CONSULT. A noun ("ready to host a
  // meeting between A and B") has its own parties, not the one offering, so only a verb counts.
  if (draft.type === 'CONSULT')
    return statesOwnIntent(draft.modalityCue) && draft.match.verbForms !== null && isOffer(draft) ? 'AGREE' : null;
  // "said Armenia was ready to sign the treaty": readiness to agree is an offer (CAMEO 03), made by saying so;
  // the signing stays hypothetical beside it.
  if (draft.type === 'AGREE')
    return READINESS.has(draft.modalityCue) && draft.match.verbForms !== null ? 'AGREE' : null;
  if (!statesOwnIntent(draft.modalityCue)) return null;
  if (draft.type === 'MOBILIZE') return deployment();
  if (CONFLICT_ACTS.has(draft.type)) return 'THREATEN';
  return COOPERATIVE_ACTS.has(draft.type) ? 'AGREE' : null;
}

/**
 * "could cut ties with Eritrea if the border stays closed", "If talks fail, Serbia could impose sanctions": a
 * modal right before the act, and a condition after it or opening the sentence (the act is then the main
 * clause; an act inside the condition, "unless it stopped attacking", has no modal of its own).
 */
function conditionalThreat({ tokens, match, modalityCue }: EventDraft): boolean {
  const before = tokens.slice(Math.max(0, match.tokenStart - 3), match.tokenStart).map((t) => t.lower);
  if (!before.some((w) => CONDITIONAL_MODALS.has(w))) return false;
  return modalityCue === 'if' || modalityCue === 'unless' || conditionAfter(tokens, match.tokenEnd) !== null;
}

/** A meeting offered: on a condition ("would meet ... if") or with readiness ("willing to meet"). */
function isOffer(draft: EventDraft): boolean {
  return READINESS.has(draft.modalityCue) || conditionAfter(draft.tokens, draft.match.tokenEnd) !== null;
}

/** "would not meet the demands", "will never release": a negated future of the actor's own. */
function refusesFuture({ tokens, match }: EventDraft): boolean {
  if (vowsRefusal(tokens, match.tokenStart)) return true;
  const before = tokens.slice(Math.max(0, match.tokenStart - 4), match.tokenStart).map((t) => t.lower);
  return (
    before.some((w) => FUTURE_AUXILIARIES.has(w)) &&
    before.some((w, i) => w === 'not' || w === 'never' || w === "n't" || (w === 'longer' && before[i - 1] === 'no'))
  );
}
