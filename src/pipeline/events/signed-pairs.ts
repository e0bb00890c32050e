import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// "The signing of the US-Ukrainian minerals deal has been delayed", "the signing of the Armenian-Azerbaijani peace
// treaty was postponed": the lexicon reads the signing as a noun ("signing of ~ deal"), whose signatories are the
// parties joined by a hyphen before the agreement's noun. Such names inside a noun trigger are no modifier before
// it nor an object after it, so the signing had no party.

/** The parties joined by a hyphen inside a signing noun's span ("the Rwanda-Congo accord"), else null. */
function hyphenedPair(draft: EventDraft, mentions: readonly ActorMention[]): Participant[] | null {
  const { tokens, match } = draft;
  const inside = mentions.filter(
    (m) => m.tokenStart > match.tokenStart && m.tokenEnd < match.tokenEnd && !m.actorId.startsWith('unresolved:'),
  );
  for (let i = 1; i < inside.length; i++) {
    const [a, b] = [inside[i - 1]!, inside[i]!];
    if (b.tokenStart !== a.tokenEnd + 1 || tokens[a.tokenEnd]!.text !== '-' || a.actorId === b.actorId) continue;
    return [a, b].map((m) => ({ actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via }));
  }
  return null;
}

/** Gives a signing noun with no party the parties joined by a hyphen before its agreement noun. */
export function withSignedPairs(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'AGREE' || !d.match.trigger.isNoun || d.source.length + d.target.length > 0) return d;
    if (d.tokens[d.match.tokenStart]!.lower !== 'signing') return d;
    const pair = hyphenedPair(d, mentions);
    return pair ? { ...d, source: pair, target: [] } : d;
  });
}
