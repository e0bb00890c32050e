import { z } from 'zod';
import { ACTOR_KINDS, type ActorKind } from '../../model/bundle-schema.ts';
import type { Gazetteer } from '../actors/gazetteer.ts';
import { GOVERNMENT_SECTOR } from '../actors/sector-agents.ts';
import type { AgentSectors, GazetteerActor } from '../resources/resource-schemas.ts';
import { nameKey } from './actor-names.ts';

/** `data/gdelt/actor-types.json`: CAMEO actor type codes Phoenix's agents lack, with their sector. */
export const actorTypesFileSchema = z.object({
  version: z.number(),
  about: z.string(),
  types: z.array(z.object({ code: z.string(), sector: z.string(), label: z.string(), kind: z.enum(ACTOR_KINDS) })),
  /** CAMEO region codes GDELT puts in a CountryCode field ("AFR", "WST"). */
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
});

/** The sector a CAMEO actor type code composes into, with the label and kind of the composed actor. */
export type SectorOfType = { sector: string; label: string; kind: ActorKind };

/** What actor resolution needs from the gazetteer, compiled once. */
export type ActorContext = {
  /** Every gazetteer actor by id (states, organisations, composed sector actors). */
  gazetteer: Map<string, GazetteerActor>;
  /** `${stateId}|${sector}` -> the extractor's composed actor (`pak-military`, the IDF for Israel's). */
  sectorActorOf: Map<string, string>;
  /** ISO alpha-3 -> the state's id. */
  stateByCountry: Map<string, string>;
  /** CAMEO type code (GOV, MIL, EDU...) -> its sector. */
  sectorOfType: Map<string, SectorOfType>;
  /** An organisation's or armed group's name or alias, as `nameKey` writes it -> its gazetteer id. */
  groupByName: Map<string, string>;
  /** CAMEO region code -> its name. */
  regionNames: Map<string, string>;
};

const GROUP_KINDS = new Set<ActorKind>(['igo', 'organization', 'armed-group']);

/** Builds the context from the compiled gazetteer, Phoenix's agent sectors and the extra type table. */
export function compileActorContext(
  gazetteer: Gazetteer,
  agents: AgentSectors | undefined,
  extraTypes: z.infer<typeof actorTypesFileSchema>,
): ActorContext {
  const stateByCountry = new Map<string, string>();
  const groupByName = new Map<string, string>();
  for (const actor of gazetteer.actors.values()) {
    if (actor.kind === 'state' && actor.country) stateByCountry.set(actor.country, actor.id);
    if (!GROUP_KINDS.has(actor.kind) || actor.sector) continue;
    for (const name of [actor.name, ...actor.aliases])
      if (!groupByName.has(nameKey(name))) groupByName.set(nameKey(name), actor.id);
  }
  const sectorOfType = new Map<string, SectorOfType>();
  for (const [sector, spec] of Object.entries(agents?.sectors ?? {}))
    sectorOfType.set(spec.code, { sector, label: spec.label, kind: spec.kind });
  for (const t of extraTypes.types) if (!sectorOfType.has(t.code)) sectorOfType.set(t.code, t);
  if (!sectorOfType.has('GOV'))
    sectorOfType.set('GOV', { sector: GOVERNMENT_SECTOR, label: 'government', kind: 'other' });
  return {
    gazetteer: gazetteer.actors,
    sectorActorOf: gazetteer.sectors.actorOf,
    stateByCountry,
    sectorOfType,
    groupByName,
    regionNames: new Map(extraTypes.regions.map((r) => [r.code, r.name])),
  };
}
