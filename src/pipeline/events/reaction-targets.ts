import type { PloverType } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';
import { asidesApartFrom, insideAside } from '../text/relative-asides.ts';

// Verbal reactions whose target a sentence often names only through another event: "India strikes nine sites,
// Islamabad vows response" (the threat is against India), "Russia announced a truce, which Kyiv dismissed",
// "rejected direct negotiations with Washington", "demanded that Ukrainian troops leave".
const REACTIONS = new Set<PloverType>(['REJECT', 'ACCUSE', 'THREATEN', 'REQUEST']);

/**
 * Gives a reaction with no target (or only its own side) the party its "if", "unless" or "until" clause names,
 * else the party of the nearest other event of the sentence: that event's actor when the reacting party has no
 * part in it, else its other parties.
 */
export function withReactionTargets(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  return drafts.map((draft) => withReactionTarget(draft, drafts, sideOf));
}

/** One reaction given its target among the drafts of its sentence (`drafts`); any other draft as it is. */
export function withReactionTarget(
  draft: EventDraft,
  drafts: EventDraft[],
  sideOf: (actorId: string) => string,
): EventDraft {
  if (!REACTIONS.has(draft.type) || draft.source.length === 0) return draft;
  const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
  const target = draft.target.filter((p) => !own.has(sideOf(p.actorId)));
  if (target.length > 0) return target.length === draft.target.length ? draft : { ...draft, target };
  // "refused to negotiate until Azerbaijan lifted the blockade": the party whose act the refusal waits for.
  const awaited = (draft.conditionedOn ?? []).filter((p) => !own.has(sideOf(p.actorId)));
  const inferred = awaited.length > 0 ? awaited : partyOfNearestEvent(draft, drafts, own, sideOf);
  return inferred.length > 0 || draft.target.length > 0 ? { ...draft, target: inferred } : draft;
}

function partyOfNearestEvent(
  draft: EventDraft,
  drafts: EventDraft[],
  own: Set<string>,
  sideOf: (actorId: string) => string,
): Participant[] {
  const distance = (other: EventDraft) => Math.abs(other.match.tokenStart - draft.match.tokenStart);
  const asides = asidesApartFrom(draft.tokens, draft.match.tokenStart);
  const others = drafts
    .filter((d) => d !== draft && d.sentence === draft.sentence && !insideAside(asides, d.match.tokenStart))
    .sort((a, b) => distance(a) - distance(b));
  for (const other of others) {
    const involved = [...other.source, ...other.target].some((p) => own.has(sideOf(p.actorId)));
    const parties = involved ? [...other.source, ...other.target] : other.source;
    const foreign = parties.filter((p) => !own.has(sideOf(p.actorId)));
    if (foreign.length > 0) return foreign.map((p) => ({ ...p, via: 'anaphora' as const }));
  }
  return [];
}
