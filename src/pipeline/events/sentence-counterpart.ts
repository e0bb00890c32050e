import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import { mediatorMentions } from './mediators.ts';
import { asidesApartFrom, insideAside } from '../text/relative-asides.ts';
import type { Participant } from './participants.ts';
import { joinedClauseVerb } from '../text/joined-clauses.ts';
import { repeatsActAt } from './copied-acts.ts';
import { REPORTING_VERBS } from '../text/clauses.ts';

// Acts of one party on another that news often reports with the other party named only elsewhere in the
// sentence: "called the Indian strikes an act of war", "halted shells on their way to Kyiv, Ukrainian
// officials said", "three days after the first Indian strikes" in a sentence about India and Pakistan.
// Meetings, agreements and cooperation are left out: they are joint acts whose partner is not "the other side".
const DIRECTED = new Set<PloverType>([
  'ACCUSE',
  'THREATEN',
  'REQUEST',
  'SANCTION',
  'ASSAULT',
  'COERCE',
  'RETREAT',
  'CONCEDE',
]);

/**
 * Gives a directed act that has a source and no target the first actor named of the one side, other than the source's own, that its
 * sentence names (a state, or a person or agent standing for one). Two or more other sides leave it without:
 * the sentence does not say which one is acted on. Who reports the act counts too: "halted the shells, Ukrainian
 * officials said" is mostly said by the side acted on.
 */
export function withSentenceCounterparts(
  drafts: EventDraft[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (!drafts.some(needsCounterpart)) return drafts;
  return drafts.map((draft) => (needsCounterpart(draft) ? withCounterpart(draft, mentions, sideOf) : draft));
}

function needsCounterpart(draft: EventDraft): boolean {
  return DIRECTED.has(draft.type) && draft.source.length > 0 && draft.target.length === 0 && !draft.reciprocal;
}

function withCounterpart(
  draft: EventDraft,
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft {
  const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
  // "agreed to open the border at talks mediated by the UAE": the mediator is neither side.
  const mediators = mediatorMentions(draft.tokens, mentions);
  // "Qatar, which has hosted Hamas leaders, condemned the strike": an aside about a party names no counterpart.
  const asides = asidesApartFrom(draft.tokens, draft.match.tokenStart);
  let other: ActorMention | null = null;
  for (const m of mentions) {
    if (m.actorId.startsWith('unresolved:') || mediators.includes(m)) continue;
    if (insideAside(asides, m.tokenStart)) continue;
    // "Russian artillery shelled the port and Belarus held drills": a joined clause's subject is not acted on.
    // Who reports ("and Kyiv said") or repeats the act ("and the North did the same") still counts.
    const verb = joinedClauseVerb(draft.tokens, m.tokenStart, m.tokenEnd);
    if (verb >= 0 && !REPORTING_VERBS.has(draft.tokens[verb]!.lower) && !repeatsActAt(draft.tokens, verb)) continue;
    const side = sideOf(m.actorId);
    if (own.has(side)) continue;
    if (other && sideOf(other.actorId) !== side) return draft;
    other ??= m;
  }
  if (!other) return draft;
  const target: Participant = {
    actorId: sideOf(other.actorId),
    span: { start: other.start, end: other.end },
    via: 'anaphora',
  };
  return { ...draft, target: [target] };
}
