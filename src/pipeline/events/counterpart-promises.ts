import type { EventDraft } from './event-records.ts';
import { withPromisedActTargets } from './promise-targets.ts';

/**
 * "M23 rebels agreed on Sunday to withdraw, two days after Congolese troops launched a counter-offensive": the
 * promised act found its target only as the sentence's other side (`withSentenceCounterparts`, which reads
 * directed acts after the promises are given theirs), so the promise, still open, is made to that party as well.
 * Read again after the counterparts, without the words of the promise (read the first time).
 */
export function withCounterpartPromises(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  if (!drafts.some((d) => d.type === 'AGREE' && d.target.length === 0)) return drafts;
  return withPromisedActTargets(drafts, sideOf);
}
