import type { EventDraft } from './event-records.ts';

// "Abu Obeida, the spokesman of Hamas, claimed attacks on Israeli troops": who claims an attack for a group speaks
// for it; the group made the attack. So an attack noun claimed by a person ("claimed", "claimed responsibility
// for", "claimed credit for") is the attack of the person's side, the group or state the gazetteer affiliates them
// with. Who claims an attack for no one keeps it.
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming']);
// Words that may stand between the claim verb and the attack noun: "claimed responsibility for the drone attack".
const BETWEEN = new Set(['responsibility', 'credit', 'for', 'the', 'a', 'an', 'two', 'three', 'several', 'new']);
const REACH = 6;

/** Whether an attack noun is the object of a claim verb before it. */
function isClaimed(d: EventDraft): boolean {
  const { tokens, match } = d;
  for (let j = match.tokenStart - 1; j >= Math.max(0, match.tokenStart - REACH); j--) {
    const word = tokens[j]!.lower;
    if (CLAIM_VERBS.has(word)) return true;
    if (!BETWEEN.has(word) && !(tokens[j]!.isWord && j === match.tokenStart - 1)) return false;
  }
  return false;
}

/** Gives an attack a person claims the person's side as its source. */
export function withClaimedAttackers(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  if (!drafts.some((d) => d.type === 'ASSAULT' && d.match.trigger.isNoun)) return drafts;
  return drafts.map((d) => {
    if (d.type !== 'ASSAULT' || !d.match.trigger.isNoun || d.source.length !== 1) return d;
    const claimant = d.source[0]!;
    const side = sideOf(claimant.actorId);
    if (side === claimant.actorId || !isClaimed(d)) return d;
    return { ...d, source: [{ ...claimant, actorId: side }] };
  });
}
