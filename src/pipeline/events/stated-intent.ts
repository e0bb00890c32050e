import type { PloverType } from '../../model/bundle-schema.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { EventDraft } from './event-records.ts';
import { statesOwnIntent } from './modality.ts';

// PLOVER codes what an actor says it will do as a verbal event of its own: a stated intent to use force,
// punish or protest is a THREATEN, a stated intent to cooperate, help or give way is an AGREE, and a stated
// refusal of such cooperation is a REJECT. The act itself stays, planned ("a promise to do X is AGREE, the
// doing is X").
const CONFLICT_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
// CONCEDE is already the verbal form of giving way in Parley (a promised easing of sanctions), and a planned
// meeting stays a planned CONSULT, so neither gets a second, verbal event.
const COOPERATIVE_ACTS = new Set<PloverType>(['COOPERATE', 'AID', 'RETREAT']);

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
export function withStatedIntents(drafts: EventDraft[], statementDate: ResolvedDate): EventDraft[] {
  return drafts.flatMap((d) => {
    const intent = statedIntent(d, statementDate);
    const promised = intent?.type === 'AGREE' && drafts.some((other) => isSamePromise(other, intent));
    return [d, promised ? null : intent, demandOf(d, statementDate)].filter((x) => x !== null);
  });
}

function isSamePromise(promise: EventDraft, intent: EventDraft): boolean {
  return (
    promise !== intent &&
    promise.type === 'AGREE' &&
    promise.sentence === intent.sentence &&
    promise.match.tokenEnd <= intent.match.tokenStart &&
    intent.source.every((p) => promise.source.some((q) => q.actorId === p.actorId))
  );
}

/** The verbal event a draft's stated intent makes, besides the draft itself, or null. */
export function statedIntent(draft: EventDraft, statementDate: ResolvedDate): EventDraft | null {
  const type = intentType(draft);
  if (!type || draft.source.length === 0) return null;
  return {
    ...draft,
    type,
    mode: null,
    modality: 'occurred',
    modalityCue: `stated intent (${draft.modalityCue}) to ${draft.type}`,
    // What was said is dated by its saying; the act's own date ("on Monday") belongs to the act.
    date: statementDate,
    dateSpan: null,
    statedIntent: true,
  };
}

function intentType(draft: EventDraft): PloverType | null {
  // "would not negotiate its border": refusing to meet or negotiate is a REJECT too.
  if (draft.modality === 'denied')
    return (COOPERATIVE_ACTS.has(draft.type) || draft.type === 'CONSULT') && refusesFuture(draft) ? 'REJECT' : null;
  if (draft.modality !== 'planned' && draft.modality !== 'hypothetical') return null;
  if (!statesOwnIntent(draft.modalityCue)) return null;
  if (CONFLICT_ACTS.has(draft.type)) return 'THREATEN';
  return COOPERATIVE_ACTS.has(draft.type) ? 'AGREE' : null;
}

/** "would not meet the demands", "will never release": a negated future of the actor's own. */
function refusesFuture({ tokens, match }: EventDraft): boolean {
  const before = tokens.slice(Math.max(0, match.tokenStart - 4), match.tokenStart).map((t) => t.lower);
  return (
    before.some((w) => FUTURE_AUXILIARIES.has(w)) && before.some((w) => w === 'not' || w === 'never' || w === "n't")
  );
}
