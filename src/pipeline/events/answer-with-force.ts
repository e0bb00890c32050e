import type { EventDraft } from './event-records.ts';

/**
 * "Kim warned that any exercise near the border would be met with an overwhelming response": the clause's
 * subject is what would be answered, and the one who warns of the answer threatens it (PLOVER: a warning of
 * consequences is THREATEN). The speaker becomes the source and the clause's party the target.
 */
export function withSpeakerAsThreatener(draft: EventDraft): EventDraft {
  if (draft.type !== 'THREATEN' || draft.mode !== 'answer-with-force' || !draft.saidBy?.length) return draft;
  const speakers = draft.saidBy;
  const target = [...draft.source, ...draft.target].filter((p) => !speakers.some((s) => s.actorId === p.actorId));
  return { ...draft, source: speakers, target, saidBy: undefined, modality: 'occurred' };
}
