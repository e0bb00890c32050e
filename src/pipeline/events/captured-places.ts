import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// CAMEO files capturing and seizing under 171 (seize property: COERCE), but a town or a region taken by force
// is territory taken in fighting, which PLOVER codes as ASSAULT ("taking control of a town is ASSAULT like
// capturing it": Parley's lexicon already reads "captured two towns" so). Only the verbs of taking are retyped,
// and only when what is taken is a named place: a tanker, assets or people seized stay COERCE.
const TAKING_VERBS = /^(captur|seiz|recaptur|retak|retook|overr)/;
// Words that may stand between the verb and the place it takes ("seized the town of", "took back").
const BEFORE_OBJECT = new Set(['the', 'back', 'control', 'of', 'full', 'most', 'much', 'part', 'parts']);
// A passive's auxiliaries between the place and the verb ("El Fasher was captured by", "had been retaken").
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'being']);

/** A seizure whose object (or passive subject) is a named place, retyped as ASSAULT; else the match as it is. */
export function asCaptureOfPlace(match: TriggerMatch, tokens: Token[], places: PlaceMention[]): TriggerMatch {
  if (match.trigger.type !== 'COERCE' || match.trigger.mode !== 'seize' || places.length === 0) return match;
  const verb = tokens[match.verbToken ?? match.tokenStart];
  if (!verb || !TAKING_VERBS.test(verb.lower)) return match;
  if (!placeTaken(match, tokens, places)) return match;
  return { ...match, trigger: { ...match.trigger, type: 'ASSAULT', mode: null } };
}

function placeTaken(match: TriggerMatch, tokens: Token[], places: PlaceMention[]): boolean {
  let k = match.tokenEnd;
  while (k < tokens.length && k - match.tokenEnd < 4 && BEFORE_OBJECT.has(tokens[k]!.lower)) k++;
  if (places.some((p) => p.tokenStart === k)) return true;
  let j = match.tokenStart - 1;
  while (j >= 0 && match.tokenStart - j <= 3 && PASSIVE_AUX.has(tokens[j]!.lower)) j--;
  return j < match.tokenStart - 1 && places.some((p) => p.tokenEnd === j + 1);
}

// Nouns of places that may be the subject of falling to a force ("the city fell to the rebels").
const PLACE_NOUNS = /^(city|town|village|capital|base|airport|province|region|district|port|stronghold|garrison)$/;
const FALL_AUX = /^(had|has|have|finally|eventually|briefly|quickly|then|also)$/;

/**
 * The place that falls, for an entry read only with a place as its subject ("Goma fell to the M23", "Kabul fell
 * to the Taliban", "the city fell to"): a place's name, a state's seat or a noun of place right before the verb,
 * or "it" with a place named before it in the sentence ("retook Wad Madani, a year after it fell to the RSF").
 * `country` is its country when the text names it; null for a noun alone. Null when the subject is no place.
 */
function fallenPlace(
  match: TriggerMatch,
  tokens: Token[],
  places: PlaceMention[],
  seatAt: (tokenEnd: number) => string | null,
): { country: string | null; state: string | null } | null {
  let j = (match.verbToken ?? match.tokenStart) - 1;
  while (j >= 0 && FALL_AUX.test(tokens[j]!.lower)) j--;
  const named = places.find((p) => p.tokenEnd === j + 1);
  if (named) return { country: named.place.country ?? null, state: null };
  const seat = seatAt(j + 1);
  if (seat) return { country: null, state: seat };
  if (PLACE_NOUNS.test(tokens[j]?.lower ?? '')) return { country: null, state: null };
  if (tokens[j]?.lower !== 'it') return null;
  const before = places.filter((p) => p.tokenEnd <= j).at(-1);
  if (before) return { country: before.place.country ?? null, state: null };
  // "retook the city of Wad Madani ..., after it fell to": a noun of place earlier in the sentence.
  return tokens.slice(0, j).some((t) => PLACE_NOUNS.test(t.lower)) ? { country: null, state: null } : null;
}

/** Whether a match read only with a place as its subject has one. */
export function hasPlaceSubject(
  match: TriggerMatch,
  tokens: Token[],
  places: PlaceMention[],
  seatAt: (tokenEnd: number) => string | null,
): boolean {
  return match.trigger.subject !== 'place' || fallenPlace(match, tokens, places, seatAt) !== null;
}

/**
 * "Goma fell to the M23": the force it fell to attacked the state the place belongs to, when that is not the
 * force's own or the force is an armed group. The place names no party, so its state has no span.
 */
export function withFallenPlaceState(
  draft: EventDraft,
  places: PlaceMention[],
  seatAt: (tokenEnd: number) => string | null,
  lookups: {
    countryOf: (id: string) => string | null;
    stateOf: (country: string) => string | null;
    isNonState: (id: string) => boolean;
  },
): EventDraft {
  if (draft.match.trigger.subject !== 'place') return draft;
  const place = fallenPlace(draft.match, draft.tokens, places, seatAt);
  const state = place?.state ?? (place?.country ? lookups.stateOf(place.country) : null);
  const own = new Set(draft.source.map((p) => lookups.countryOf(p.actorId)));
  const country = place?.state ? lookups.countryOf(place.state) : (place?.country ?? null);
  // An armed group takes a town from the state it belongs to as much as from another.
  const rebels = draft.source.length > 0 && draft.source.every((p) => lookups.isNonState(p.actorId));
  const attacked = state !== null && (rebels || !own.has(country));
  const target: Participant[] = attacked ? [{ actorId: state, span: null, via: 'seat' }] : [];
  return { ...draft, target };
}
