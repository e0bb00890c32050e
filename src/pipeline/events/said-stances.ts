import type { EventDraft } from './event-records.ts';
import { statesOwnIntent } from './modality.ts';

// PLOVER codes a refusal or a threat when it is said: "Beijing said it would ignore any new US tariffs" rejects
// them now (CAMEO 12), as "would not accept" does (`stated-intent.ts`), and "Britain will keep up the pressure on
// Moscow until it withdraws" threatens now (CAMEO 13). The verbal act read in the future tense of a statement is
// therefore made by saying so, dated by the saying, not planned for later.
const REPORTED_INTENT = 'would (reported intention)';

/** A REJECT its own party says it will make is a REJECT made by saying so. */
export function asSaidRefusal(draft: EventDraft): EventDraft {
  if (draft.type !== 'REJECT' || draft.modality !== 'planned') return draft;
  if (draft.modalityCue !== REPORTED_INTENT && !(draft.modalityCue === 'will' && draft.saidBy?.length)) return draft;
  return said(draft, 'refusal');
}

/**
 * A THREATEN stated as one's own intent ("will keep up the pressure until") is made by stating it; one whose
 * subject names no known party ("the bloc would keep raising the pressure, Kallas said") is the speaker's.
 */
export function asSaidThreat(draft: EventDraft): EventDraft {
  if (draft.type !== 'THREATEN') return draft;
  const speaker = draft.source.length === 0 && draft.saidBy?.length ? draft.saidBy : null;
  const intended = draft.modality === 'planned' && statesOwnIntent(draft.modalityCue);
  if (!speaker && !intended) return draft;
  const withSource = speaker ? { ...draft, source: speaker, saidBy: undefined } : draft;
  return intended ? said(withSource, 'threat') : withSource;
}

function said(draft: EventDraft, what: string): EventDraft {
  return {
    ...draft,
    modality: 'occurred',
    modalityCue: `said ${what} (${draft.modalityCue})`,
    ...(draft.statementDate ? { date: draft.statementDate, dateSpan: null } : {}),
  };
}
