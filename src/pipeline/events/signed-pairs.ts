import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import { HOST_VERBS } from './hosted-meetings.ts';
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

/** Whether every party of the pair is already a party of the draft. */
function holdsPair(d: EventDraft, pair: Participant[]): boolean {
  return pair.every((p) => [...d.source, ...d.target].some((q) => q.actorId === p.actorId));
}

/**
 * Gives a signing noun the parties joined by a hyphen before its agreement noun, over a party the clause gave it
 * ("Malaysia hosted the signing of the Thai-Cambodian declaration": Malaysia hosts, the pair signs); the host
 * verb right before the signing ("hosted the signing of") meets the pair, as "hosted Thai and Cambodian leaders"
 * would (the pair, inside the signing's words, was no object of the host verb).
 */
export function withSignedPairs(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  const pairs = new Map<EventDraft, Participant[]>();
  for (const d of drafts) {
    if (d.type !== 'AGREE' || !d.match.trigger.isNoun || d.tokens[d.match.tokenStart]!.lower !== 'signing') continue;
    const pair = hyphenedPair(d, mentions);
    if (pair && !holdsPair(d, pair)) pairs.set(d, pair);
  }
  if (pairs.size === 0) return drafts;
  return drafts.map((d) => {
    const pair = pairs.get(d);
    if (pair) return { ...d, source: pair, target: [] };
    if (d.type !== 'CONSULT' || d.target.length > 0 || !HOST_VERBS.has(d.tokens[d.match.tokenStart]!.lower)) return d;
    const signing = [...pairs.keys()].find(
      (s) =>
        s.sentence === d.sentence &&
        s.match.tokenStart > d.match.tokenStart &&
        s.match.tokenStart <= d.match.tokenEnd + 1,
    );
    return signing ? { ...d, source: pairs.get(signing)!, target: d.source } : d;
  });
}
