import type { EventDraft } from './event-records.ts';

/**
 * "Kim warned that any exercise near the border would be met with an overwhelming response": the clause's
 * subject is what would be answered, and the one who warns of the answer threatens it (PLOVER: a warning of
 * consequences is THREATEN). The speaker becomes the source and the clause's party the target.
 */
export function withSpeakerAsThreatener(draft: EventDraft): EventDraft {
  if (draft.type !== 'THREATEN' || draft.mode !== 'answer-with-force') return draft;
  // "Minsk would face new sanctions": with no one saying so, the party who would face them threatens no one.
  if (!draft.saidBy?.length)
    return facesMeasure(draft) ? { ...draft, source: [], target: [...draft.source, ...draft.target] } : draft;
  const speakers = draft.saidBy;
  const target = [...draft.source, ...draft.target].filter((p) => !speakers.some((s) => s.actorId === p.actorId));
  return { ...draft, source: speakers, target, saidBy: undefined, modality: 'occurred' };
}

const UNDERGOING = new Set(['face', 'bear']);

/** "would face new sanctions", "will bear the consequences": the clause's subject undergoes the measure. */
function facesMeasure({ tokens, match }: EventDraft): boolean {
  return UNDERGOING.has(tokens[match.tokenStart + 1]?.lower ?? '');
}
