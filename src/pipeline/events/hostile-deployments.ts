import type { PloverType } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// A deployment one side says it will make ("will send troops to Haiti", "would deploy warships near Taiwan")
// threatens only a side it is aimed at. Sent into a state with no sign of hostility, the troops are a mission
// to it (peacekeeping, protection, a host's request): CAMEO codes that intent as 0332/0334, an intent to give
// military aid or protection, which the CAMEO-to-PLOVER table files under AGREE. Aimed at a party (named after
// "against", "near", at its border, or as what the troops guard against), or sent to a party the article
// shows the sender in conflict with, it is a THREATEN. With no party named there is nothing to threaten.

// Acts that show two sides in conflict, in either direction.
const HOSTILE_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'ACCUSE', 'PROTEST']);
// Prepositions that take the deployment into a place: its destination, the host.
const INTO = new Set(['to', 'into', 'in', 'inside']);
// Words that stand between the destination preposition and the name without changing what the name is.
const DETERMINERS = new Set(['the', 'a', 'an']);
// Nouns that make a named party's place an edge faced, not a host ("to the Ukrainian border", "Polish frontier").
const EDGE_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary', 'coast', 'waters']);

/** The hostile acts joining each pair of sides ("a|b", both orders), read from an article's acts once. */
export type HostilePairs = ReadonlyMap<string, EventDraft[]>;

/** Every pair of sides joined by a hostile act of the drafts, with those acts. */
export function hostilePairs(drafts: EventDraft[], sideOf: (actorId: string) => string): HostilePairs {
  const pairs = new Map<string, EventDraft[]>();
  const add = (key: string, d: EventDraft) => pairs.set(key, [...(pairs.get(key) ?? []), d]);
  for (const d of drafts) {
    if (!HOSTILE_ACTS.has(d.type)) continue;
    for (const s of d.source)
      for (const t of d.target) {
        const a = sideOf(s.actorId);
        const b = sideOf(t.actorId);
        if (a === b) continue;
        add(`${a}|${b}`, d);
        add(`${b}|${a}`, d);
      }
  }
  return pairs;
}

/**
 * A hostile act that shows the sender and the target in conflict. The deployment's own purpose does not ("to
 * Mali to fight jihadists": the fight took Mali from the deployment's phrase, the same words).
 */
function showsConflict(act: EventDraft, deployment: EventDraft): boolean {
  if (act === deployment || act.sentence !== deployment.sentence) return act !== deployment;
  const spans = new Set(deployment.target.map((p) => p.span?.start));
  return !act.target.some((p) => p.span && spans.has(p.span.start));
}

/**
 * The verbal event a stated or offered deployment makes: THREATEN when aimed at a hostile target, AGREE when its
 * target is only where it goes, null when it names no other party.
 */
export function deploymentIntent(
  draft: EventDraft,
  hostile: HostilePairs,
  sideOf: (actorId: string) => string,
): PloverType | null {
  const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
  const others = draft.target.filter((p) => !own.has(sideOf(p.actorId)));
  if (others.length === 0) return null;
  const inConflict = others.some((t) =>
    [...own].some((s) => (hostile.get(`${s}|${sideOf(t.actorId)}`) ?? []).some((act) => showsConflict(act, draft))),
  );
  if (inConflict) return 'THREATEN';
  return others.every((t) => isDestination(draft, t)) ? 'AGREE' : 'THREATEN';
}

/**
 * "send troops to Haiti", "deploy a ship into Philippine waters" are not: the party is named right after a
 * preposition of destination (the trigger's own "to" included), and no noun of an edge follows it.
 */
function isDestination({ tokens, match }: EventDraft, target: Participant): boolean {
  if (!target.span) return false;
  const first = tokens.findIndex((t) => t.start >= target.span!.start);
  if (first < 0) return false;
  let before = first - 1;
  while (before >= match.tokenStart && DETERMINERS.has(tokens[before]!.lower)) before--;
  if (before < match.tokenStart - 1 || !INTO.has(tokens[before]?.lower ?? '')) return false;
  const last = tokens.findIndex((t) => t.end >= target.span!.end);
  const next = tokens[last + 1]?.lower ?? '';
  return !EDGE_NOUNS.has(next);
}
