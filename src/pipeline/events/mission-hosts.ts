import type { PlaceMention } from '../places/find-places.ts';
import { placeAfter } from '../places/place-after.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

// An act on a party's own diplomatic mission, told with where the mission sits ("closed its embassy in Kyiv",
// "reopened its embassy in Damascus", "would upgrade its mission in Kabul", "recalled its envoy in Budapest"), is
// aimed at the state it sits in: closing or recalling reduces relations with the host (CAMEO 16, SANCTION),
// reopening or upgrading restores them. A capital after "in" is a place, not a party, so such acts had no target.
const MISSION_NOUNS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'mission',
  'missions',
  'legation',
  'envoy',
  'envoys',
  'ambassador',
  'ambassadors',
  'diplomats',
]);
// Words after the trigger that may still belong to the mission's noun phrase ("its embassy", "its diplomatic
// mission", "its ambassador and staff").
const MISSION_AFTER = 3;
// The preposition right after the mission noun that says where it sits ("its embassy in Kyiv", "at Erbil").
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** Each draft with no party acted on, aimed at the state its mission sits in when the trigger names the mission. */
export function withMissionHosts(
  drafts: EventDraft[],
  places: PlaceMention[],
  stateOf: (country: string) => string | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (places.length === 0) return drafts;
  return drafts.map((d) => {
    // A meeting "in" a place has its venue there, not a host acted on ("talks between their envoys in Jeddah").
    if (d.type === 'CONSULT' || d.target.length > 0 || d.source.length === 0) return d;
    const host = missionPlace(d.tokens, d.match.tokenStart, d.match.tokenEnd, places);
    const state = host?.place.country ? stateOf(host.place.country) : null;
    if (!state) return d;
    if (d.source.some((p) => p.actorId === state || sideOf(p.actorId) === state)) return d;
    return { ...d, target: [{ actorId: state, span: { start: host!.start, end: host!.end }, via: 'seat' }] };
  });
}

/** The place right after "in"/"at" that follows a mission noun of the trigger (or just after it), or null. */
function missionPlace(tokens: Token[], start: number, end: number, places: PlaceMention[]): PlaceMention | null {
  for (let j = start; j < Math.min(tokens.length, end + MISSION_AFTER); j++) {
    if (!MISSION_NOUNS.has(tokens[j]!.lower)) continue;
    return PLACE_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '') ? placeAfter(tokens, j + 1, places) : null;
  }
  return null;
}
