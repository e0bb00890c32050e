import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { compileGazetteer, type Gazetteer } from '../actors/gazetteer.ts';
import type { PhraseTrie } from '../actors/phrase-trie.ts';
import type { NamedDate } from '../dates/resolve-date.ts';
import { type CompiledLexicon, compileTriggerLexicon, mergeTriggerLexicons } from '../events/trigger-lexicon.ts';
import { countryCentroids } from '../places/country-centroids.ts';
import { compilePlaces } from '../places/find-places.ts';
import { compilePlaceLocator, type PlaceLocator } from '../places/locate-places.ts';
import { compileLoadedTerms, type LoadedTermMatcher } from '../compare/loaded-terms.ts';
import { compileToneLexicon, type ToneLexicon } from '../compare/tone.ts';
import { mergeActorLayers } from './merge-actors.ts';
import {
  agentSectorsFileSchema,
  armedForcesFileSchema,
  type ArmedForces,
  type AgentSectors,
  gazetteerFileSchema,
  loadedTermsLexiconSchema,
  type LoadedTermsLexicon,
  toneExclusionsSchema,
  type ToneExclusions,
  type GazetteerActor,
  namedDatesSchema,
  outletDirectorySchema,
  type OutletDirectory,
  type Place,
  type PlacePoint,
  placePointsFileSchema,
  placesFileSchema,
  triggerLexiconSchema,
} from './resource-schemas.ts';

/** Everything the extractor reads besides the articles: compiled once per run. */
export type PipelineResources = {
  gazetteer: Gazetteer;
  places: PhraseTrie<Place>;
  /** Where the map draws each event location (the bundle's `places`). */
  locatePlace: PlaceLocator;
  triggers: CompiledLexicon;
  namedDates: NamedDate[];
  outlets: OutletDirectory;
  /** ISO alpha-3 code -> the state actor's id. */
  stateByCountry: Map<string, string>;
  /** The ids of state actors. */
  stateIds: ReadonlySet<string>;
  loadedTerms: LoadedTermMatcher;
  tone: ToneLexicon;
};

/** The dictionaries as plain data, before compiling (tests build these in memory). */
export type ResourceData = {
  actors: GazetteerActor[];
  places: Place[];
  /** The curated table of points for places without coordinates; absent in small test dictionaries. */
  placePoints?: PlacePoint[];
  triggers: z.infer<typeof triggerLexiconSchema>;
  namedDates: NamedDate[];
  outlets: OutletDirectory;
  loadedTerms: LoadedTermsLexicon;
  toneExclusions: ToneExclusions;
  /** Generic agents by sector ("military", "police"); absent in small test dictionaries. */
  agents?: AgentSectors;
  /** States' armed forces by their own names ("FARDC"); absent in small test dictionaries. */
  armedForces?: ArmedForces;
};

/** Converted Phoenix gazetteers (`npm run convert:phoenix`), weakest layer first. */
const PHOENIX_GAZETTEERS = ['states.json', 'organisations.json', 'armed-groups.json'];

/** Reads the project's dictionaries from `dataDir`, plus each corpus folder's own gazetteer.json and places.json. */
export function loadResourceData(dataDir: string, corpusDirs: string | string[] = []): ResourceData {
  const read = <T>(path: string, schema: z.ZodType<T>): T => {
    try {
      return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(
        `cannot read dictionary ${path}: ${error instanceof Error ? error.message.slice(0, 400) : String(error)}`,
        { cause: error },
      );
    }
  };
  const readIfPresent = <T>(path: string, schema: z.ZodType<T>): T | undefined =>
    existsSync(path) ? read(path, schema) : undefined;
  const phoenixDir = join(dataDir, 'third-party/phoenix');
  // Weakest first: world-wide Phoenix data, then the leaders of 2015-2025 and the groups and organisations
  // of those years, then the curated gazetteer.
  const layers = [
    ...PHOENIX_GAZETTEERS.map((file) => readIfPresent(join(phoenixDir, file), gazetteerFileSchema)?.actors ?? []),
    readIfPresent(join(dataDir, 'gazetteer/leaders.json'), gazetteerFileSchema)?.actors ?? [],
    readIfPresent(join(dataDir, 'gazetteer/groups.json'), gazetteerFileSchema)?.actors ?? [],
    read(join(dataDir, 'gazetteer/actors.json'), gazetteerFileSchema).actors,
  ];
  // Places too, weakest first: ISO 3166-2 first-level regions and GeoNames cities (npm run convert:places), Parley's
  // world regions, the curated places.
  const worldPlaces = [
    'third-party/iso-3166/regions.json',
    'third-party/geonames/places.json',
    'gazetteer/places-world.json',
  ];
  const places = worldPlaces.flatMap((file) => readIfPresent(join(dataDir, file), placesFileSchema)?.places ?? []);
  places.push(...read(join(dataDir, 'gazetteer/places.json'), placesFileSchema).places);
  for (const corpusDir of typeof corpusDirs === 'string' ? [corpusDirs] : corpusDirs) {
    if (existsSync(join(corpusDir, 'gazetteer.json')))
      layers.push(read(join(corpusDir, 'gazetteer.json'), gazetteerFileSchema).actors);
    if (existsSync(join(corpusDir, 'places.json')))
      places.push(...read(join(corpusDir, 'places.json'), placesFileSchema).places);
  }
  return {
    actors: mergeActorLayers(layers),
    agents: readIfPresent(join(phoenixDir, 'agents.json'), agentSectorsFileSchema),
    armedForces: readIfPresent(join(dataDir, 'gazetteer/armed-forces.json'), armedForcesFileSchema)?.forces,
    places,
    placePoints: readIfPresent(join(dataDir, 'gazetteer/place-points.json'), placePointsFileSchema)?.points,
    triggers: mergeTriggerLexicons(
      read(join(dataDir, 'lexicon/triggers.json'), triggerLexiconSchema),
      read(join(dataDir, 'lexicon/cameo-triggers.json'), triggerLexiconSchema),
    ),
    namedDates: read(join(dataDir, 'lexicon/named-dates.json'), namedDatesSchema).dates,
    outlets: read(join(dataDir, 'lexicon/outlets.json'), outletDirectorySchema),
    loadedTerms: read(join(dataDir, 'lexicon/loaded-terms.json'), loadedTermsLexiconSchema),
    toneExclusions: read(join(dataDir, 'lexicon/tone-exclusions.json'), toneExclusionsSchema),
  };
}

/** Place kinds whose names may hold a state's name without standing for it ("Gulf of Oman", "Korean Peninsula"). */
const LANDFORM_KINDS = new Set(['sea', 'landform']);

function landformNames(places: Place[]): string[] {
  return places.filter((p) => LANDFORM_KINDS.has(p.kind)).flatMap((p) => [p.name, ...p.aliases]);
}

/** Compiles dictionaries into the matchers the extractor uses. */
export function compileResources(data: ResourceData): PipelineResources {
  const gazetteer = compileGazetteer(data.actors, data.agents, landformNames(data.places), data.armedForces);
  const stateByCountry = new Map<string, string>();
  for (const actor of data.actors)
    if (actor.kind === 'state' && actor.country) stateByCountry.set(actor.country, actor.id);
  return {
    gazetteer,
    places: compilePlaces(data.places),
    locatePlace: compilePlaceLocator(data.places, data.placePoints ?? [], countryCentroids),
    triggers: compileTriggerLexicon(data.triggers),
    namedDates: data.namedDates,
    outlets: data.outlets,
    stateByCountry,
    stateIds: new Set(stateByCountry.values()),
    loadedTerms: compileLoadedTerms(data.loadedTerms),
    tone: compileToneLexicon(data.toneExclusions),
  };
}
