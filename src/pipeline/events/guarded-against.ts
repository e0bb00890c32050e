import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// "deployed frigates to protect its islands from Turkish incursions", "sent troops to defend the border against
// Belarusian provocations": the purpose of a deployment names, after "from" or "against", the party it is aimed
// at, often only by a demonym on the attacks guarded against.
const GUARD_VERBS = new Set(['protect', 'defend', 'shield', 'guard', 'secure', 'safeguard']);
const GUARD_PREPOSITIONS = new Set(['from', 'against']);
/** Words between the guarding verb and "from"/"against": what is protected ("its islands", "merchant shipping"). */
const GUARDED_REACH = 6;
/** Words between "from"/"against" and the party: a determiner and a descriptor or two ("the growing Houthi"). */
const PARTY_REACH = 3;

/**
 * Gives a deployment with no target the party its "to protect X from Y" purpose names, and takes the protector
 * off the attacks guarded against as their target: those attacks are what the deployment answers, not acts on
 * it that the sentence reports.
 */
export function withGuardedAgainst(
  drafts: EventDraft[],
  tokens: Token[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  let out = drafts;
  for (const draft of drafts) {
    if (draft.type !== 'MOBILIZE' || draft.source.length === 0) continue;
    const guarded = guardedAgainst(tokens, draft.match.tokenEnd, mentions);
    if (!guarded) continue;
    const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
    const side = sideOf(guarded.party.actorId);
    if (own.has(side)) continue;
    out = out.map((d) => {
      if (d === draft && d.target.length === 0) return { ...d, target: [asTarget(guarded.party)] };
      // "from Turkish incursions": the incursions are guarded against, not made on the protector.
      if (d !== draft && d.match.tokenStart >= guarded.from && d.target.some((p) => own.has(sideOf(p.actorId))))
        return { ...d, target: d.target.filter((p) => !own.has(sideOf(p.actorId))) };
      return d;
    });
  }
  return out;
}

/** The first party after "from"/"against" in a guarding purpose after `after`, and where that phrase starts. */
function guardedAgainst(
  tokens: Token[],
  after: number,
  mentions: readonly ActorMention[],
): { party: ActorMention; from: number } | null {
  const verb = tokens.findIndex((t, j) => j >= after && GUARD_VERBS.has(t.lower) && tokens[j - 1]?.lower === 'to');
  if (verb < 0) return null;
  for (let j = verb + 1; j <= verb + GUARDED_REACH && j < tokens.length; j++) {
    if (!GUARD_PREPOSITIONS.has(tokens[j]!.lower)) continue;
    const party = mentions.find((m) => m.tokenStart > j && m.tokenStart <= j + PARTY_REACH);
    return party ? { party, from: j } : null;
  }
  return null;
}

function asTarget(m: ActorMention): Participant {
  return { actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via };
}
