import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// A deployment told in the passive, with the units as subject and no agent ("Thousands of Russian troops were
// deployed to Belarus", "Indian troops were rushed to the border"): the units' side deploys them, so the units
// are the MOBILIZE's source (read so by `participants.ts`, where a purpose after it finds them), and the state
// named where they go its target. Peacekeepers deployed are aid
// (PLOVER AID, CAMEO 074), as when they arrive. The lexicon's entry for these verbs says `subject: "units"`, so
// only armed units or police as subject with a place after the verb reach here (`troop-movements.ts`).
const PEACEKEEPING = /^(peacekeep|blue$|observers$|monitors$)/;
// Words between the verb's preposition and the state's name ("to the Polish border", "near the capital of").
const DESTINATION_REACH = 4;

/** Passive deployments of units with their units as source and the state they go to as target. */
export function withDeployedUnits(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'MOBILIZE' || d.match.trigger.subject !== 'units' || d.target.length > 0) return d;
    const units = d.source;
    if (units.length === 0) return d;
    const own = new Set(units.map((p) => p.actorId));
    const destination = destinationState(d, mentions).filter((p) => !own.has(p.actorId));
    const subject = d.tokens.slice(Math.max(0, d.match.tokenStart - 8), d.match.tokenStart).map((t) => t.lower);
    const peacekeeping = subject.some((w) => PEACEKEEPING.test(w));
    return {
      ...d,
      type: peacekeeping ? 'AID' : 'MOBILIZE',
      mode: peacekeeping ? 'peacekeeping' : d.mode,
      source: units,
      target: destination,
    };
  });
}

/** The state or place of a state named right after the verb's preposition ("to Belarus", "near Taiwan"). */
function destinationState({ tokens, match }: EventDraft, mentions: readonly ActorMention[]): Participant[] {
  const last = Math.min(tokens.length, match.tokenEnd + DESTINATION_REACH);
  const named = mentions.find((m) => m.tokenStart >= match.tokenEnd && m.tokenStart < last);
  if (!named) return [];
  const between = tokens.slice(match.tokenEnd, named.tokenStart);
  if (between.some((t) => !t.isWord || /^(and|or|from|by|with)$/.test(t.lower))) return [];
  return [{ actorId: named.actorId, span: { start: named.start, end: named.end }, via: named.via }];
}
