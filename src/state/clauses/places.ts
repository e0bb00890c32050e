import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { type ClauseDefinition, readList } from './clause.ts';

/**
 * The place filter, in one place: its values (event location names, as `event.location` holds them), URL
 * encoding, predicate over the event columns, chip label and toggling. It is owned by the Map view (a click
 * on a place toggles it); the map leaves it out of its own counts (key `places`), as mosaic's crossfilter does.
 */

/** The filter key of this clause (the map is not filtered by it). */
export const PLACE_CLAUSE_KEY = 'places';

// Place names hold spaces, apostrophes and accents; a comma separates them in the URL, markup never belongs.
const PLACE_NAME = /^[^,<>\p{Cc}]{1,120}$/u;

/** Keeps well-formed, distinct place names (at most 50). */
export function sanitisePlaces(raw: unknown): string[] {
  const names = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && PLACE_NAME.test(x)) : [];
  return [...new Set(names)].slice(0, 50);
}

/** Writes `places=A,B` into a query string (nothing when no place is chosen). */
export function writePlaceClause(places: string[], params: URLSearchParams): void {
  if (places.length) params.set('places', places.join(','));
}

/** Reads the raw names from a query string; `sanitisePlaces` checks them. */
export function readPlaceClause(params: URLSearchParams): string[] {
  return readList(params, 'places');
}

export const placesClause: ClauseDefinition<typeof PLACE_CLAUSE_KEY, { places: string[] }> = {
  key: PLACE_CLAUSE_KEY,
  label: 'Places',
  owners: ['map'],
  empty: { places: [] },
  sanitise: (raw) => ({ places: sanitisePlaces(raw.places) }),
  read: (params) => ({ places: readPlaceClause(params) }),
  write: (v, params) => writePlaceClause(v.places, params),
  active: (v) => v.places.length > 0,
  compile: (index, v) => compilePlaceClause(index, v.places),
  chips: (v) => [placeChip(v.places)].flatMap((c) => (c ? [{ ...c, without: { places: [] } }] : [])),
  describe: (v) => `Places: ${v.places.join(', ')}`,
  slug: (v) => [['places', v.places]],
};

/** Whether event `i` passes the clause; null when no place is chosen (no filtering). */
export function compilePlaceClause(index: BundleIndex, places: string[]): ((i: number) => boolean) | null {
  if (places.length === 0) return null;
  const chosen = new Uint8Array(index.locationNames.length);
  for (const name of places) {
    const code = index.locationIndex.get(name);
    if (code !== undefined) chosen[code] = 1;
  }
  const { location } = index;
  return (i) => location[i]! >= 0 && chosen[location[i]!] === 1;
}

/** The one chip of the clause ("At Washington, White House"), or null when no place is chosen. */
export function placeChip(places: string[]): { key: string; label: string } | null {
  return places.length ? { key: 'p', label: `At ${places.join(', ')}` } : null;
}

/**
 * The places after a click on a map site standing for `names` (a city and the venues drawn at it): all of
 * them removed when all were chosen, else the missing ones added.
 */
export function togglePlaces(current: string[], names: string[]): string[] {
  const all = names.every((n) => current.includes(n));
  return all ? current.filter((n) => !names.includes(n)) : [...current, ...names.filter((n) => !current.includes(n))];
}
