import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { compileGazetteer } from '../actors/gazetteer.ts';
import { compileLoadedTerms, type LoadedTermMatcher } from '../compare/loaded-terms.ts';
import type { PloverMapping } from '../resources/cameo/cameo-to-plover.ts';
import { type ResourceData, loadResourceData } from '../resources/load-resources.ts';
import type { OutletDirectory } from '../resources/resource-schemas.ts';
import { type ActorContext, actorTypesFileSchema, compileActorContext } from './actor-context.ts';
import { nameKey } from './actor-names.ts';
import { cameoTableFileSchema, cameoTableOf } from './cameo-types.ts';

/** Everything the GDELT import reads besides the exports. */
export type GdeltResources = {
  actors: ActorContext;
  cameo: Map<string, PloverMapping>;
  outlets: OutletDirectory;
  loadedTerms: LoadedTermMatcher;
  /** A state's ISO alpha-3 code from its name or one of its aliases ("Ukraine" -> "UKR"). */
  stateOfName: (name: string) => string | null;
};

/** Reads the dictionaries under `dataDir` (the same gazetteer as extraction) and the two GDELT tables. */
export function loadGdeltResources(dataDir: string): GdeltResources {
  const read = <T>(file: string, schema: z.ZodType<T>): T => {
    const path = join(dataDir, file);
    if (!existsSync(path)) throw new Error(`missing ${path}: run npm run convert:cameo, or check --data`);
    return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
  };
  return compileGdeltResources(
    loadResourceData(dataDir),
    read('third-party/cameo/cameo-to-plover.json', cameoTableFileSchema),
    read('gdelt/actor-types.json', actorTypesFileSchema),
  );
}

/** Compiles the resources from data in memory (tests pass small dictionaries). */
export function compileGdeltResources(
  data: ResourceData,
  cameoTable: z.infer<typeof cameoTableFileSchema>,
  actorTypes: z.infer<typeof actorTypesFileSchema>,
): GdeltResources {
  const gazetteer = compileGazetteer(data.actors, data.agents);
  const actors = compileActorContext(gazetteer, data.agents, actorTypes);
  const countryByName = new Map<string, string>();
  for (const actor of gazetteer.actors.values())
    if (actor.kind === 'state' && actor.country)
      for (const name of [actor.name, ...actor.aliases])
        if (!countryByName.has(nameKey(name))) countryByName.set(nameKey(name), actor.country);
  return {
    actors,
    cameo: cameoTableOf(cameoTable),
    outlets: data.outlets,
    loadedTerms: compileLoadedTerms(data.loadedTerms),
    stateOfName: (name) => countryByName.get(nameKey(name)) ?? null,
  };
}
