import type { EventDraft } from './event-records.ts';

// PLOVER codes a refusal when it is said: "Beijing said it would ignore any new US tariffs" rejects them now
// (CAMEO 12), as "would not accept" does (`stated-intent.ts`). The refusing act read in the future tense of a
// report is therefore the REJECT itself, dated by the saying, not a refusal planned for later.
const REPORTED_INTENT = 'would (reported intention)';

/** A REJECT its own party says it will make is a REJECT made by saying so. */
export function asSaidRefusal(draft: EventDraft): EventDraft {
  if (draft.type !== 'REJECT' || draft.modality !== 'planned') return draft;
  if (draft.modalityCue !== REPORTED_INTENT && !(draft.modalityCue === 'will' && draft.saidBy?.length)) return draft;
  return {
    ...draft,
    modality: 'occurred',
    modalityCue: `said refusal (${draft.modalityCue})`,
    ...(draft.statementDate ? { date: draft.statementDate, dateSpan: null } : {}),
  };
}
