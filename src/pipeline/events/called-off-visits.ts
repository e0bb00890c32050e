import type { PlaceMention } from '../places/find-places.ts';
import { placeAfter } from '../places/place-after.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Calling off or putting off a visit is a SANCTION (CAMEO 161, reduce relations) by the one who calls it off, and
// the one it is aimed at is the host: the state of the place the visit was to ("postponed his trip to Baghdad":
// Iraq), never the traveller's own side ("cancelled a visit by its foreign minister to Dhaka": Bangladesh, not the
// minister). The meeting itself is not one that took place (modality.ts reads it as denied).
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'tour', 'journey']);
const CALLING_OFF = /^(cancel|postpon|call|scrap|delay|shelv|put|defer|suspend)/;
const HOST_REACH = 6;
const CLAUSE_ENDS = new Set([',', ';', ':', 'and', 'but', 'after', 'because', 'saying', 'citing']);

/** Each draft, a called-off visit aimed at the state of the place it was to. */
export function withCalledOffVisitHosts(
  drafts: EventDraft[],
  places: PlaceMention[],
  stateOf: (country: string) => string | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (places.length === 0) return drafts;
  return drafts.map((d) => {
    if (d.type !== 'SANCTION' || !isCalledOffVisit(d.tokens, d.match.tokenStart, d.match.tokenEnd)) return d;
    const host = hostPlace(d.tokens, d.match.tokenEnd, places);
    const state = host?.place.country ? stateOf(host.place.country) : null;
    if (!state) return d;
    const own = new Set(d.source.flatMap((p) => [p.actorId, sideOf(p.actorId)]));
    if (own.has(state)) return d;
    // The host's own mention keeps its span; a traveller named after the visit ("by its minister") is no target.
    const named = d.target.find((p) => p.actorId === state);
    const target: Participant[] = [named ?? { actorId: state, span: null, via: 'seat' }];
    return { ...d, target };
  });
}

/**
 * "cancelled a visit", "postponed his trip", "called off a planned visit": a verb of calling off and a visit noun,
 * in the trigger or right after it (past a determiner or owner and a describing word).
 */
function isCalledOffVisit(tokens: Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end + VISIT_AFTER).map((t) => t.lower);
  return CALLING_OFF.test(words[0] ?? '') && words.some((w) => VISIT_NOUNS.has(w));
}
const VISIT_AFTER = 3;

/** The place after "to" that the visit was to, within a few words of the trigger and its clause. */
function hostPlace(tokens: Token[], from: number, places: PlaceMention[]): PlaceMention | null {
  for (let j = from; j < Math.min(tokens.length, from + HOST_REACH); j++) {
    if (CLAUSE_ENDS.has(tokens[j]!.lower)) return null;
    if (tokens[j]!.lower === 'to') return placeAfter(tokens, j, places);
  }
  return null;
}
