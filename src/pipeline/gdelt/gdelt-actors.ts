import type { Actor, ActorKind } from '../../model/bundle-schema.ts';
import { toBundleActor } from '../actors/gazetteer.ts';
import { GOVERNMENT_SECTOR } from '../actors/sector-agents.ts';
import { slug } from '../text/slug.ts';
import type { ActorContext, SectorOfType } from './actor-context.ts';
import { codeKey, displayName, groupKey, nameKey, type NameSurvey, namesByFrequency } from './actor-names.ts';
import type { GdeltActorFields } from './export-rows.ts';

/** Resolves GDELT actor fields to actor ids, and remembers the actors it had to make for the bundle. */
export type ActorResolver = {
  idOf: (fields: GdeltActorFields) => string;
  actorsFor: (ids: Iterable<string>) => Actor[];
};

const ARMED_SECTORS = new Set(['rebels', 'militants', 'separatists', 'militarised-group']);

/**
 * A known group code is the group (the gazetteer's when its most common GDELT name is one of the gazetteer's
 * names); else a state (by CountryCode, or a bare code that is a state's ISO3) alone or composed with its
 * sector, as the extractor composes "Pakistani military"; a government type is the state itself. Regions
 * (AFR, EUR) and codes with no country, group or type become GDELT actors of their own (`gdelt-...`).
 */
export function actorResolver(context: ActorContext, survey: NameSurvey): ActorResolver {
  const made = new Map<string, Actor>();
  const make = (actor: Actor) => {
    if (!made.has(actor.id)) made.set(actor.id, actor);
    return actor.id;
  };
  const groupIds = new Map<string, string>();
  const groupOf = (f: GdeltActorFields) => {
    const known = groupIds.get(f.knownGroupCode);
    if (known) return known;
    const id = groupActor(f, context, survey, make);
    groupIds.set(f.knownGroupCode, id);
    return id;
  };
  const idOf = (f: GdeltActorFields): string => {
    if (f.knownGroupCode) return groupOf(f);
    const sector = context.sectorOfType.get(f.type1Code);
    const state = stateOf(f, context);
    if (state) return stateSectorActor(state, sector, context, make);
    if (f.countryCode) return regionActor(f.countryCode, sector, regionName(f.countryCode, context, survey), make);
    if (sector) return countrylessSectorActor(sector, context, make);
    return codeActor(f, survey, make);
  };
  const actorsFor = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    // Affiliations come along so the app can collapse a composed actor into its state.
    for (const id of [...wanted]) {
      const affiliation = (context.gazetteer.get(id) ?? made.get(id))?.affiliation;
      if (affiliation && (context.gazetteer.has(affiliation) || made.has(affiliation))) wanted.add(affiliation);
    }
    return [...wanted].map((id) => {
      const known = context.gazetteer.get(id);
      return known ? toBundleActor(known) : made.get(id)!;
    });
  };
  return { idOf, actorsFor };
}

type Make = (actor: Actor) => string;

function stateOf(f: GdeltActorFields, context: ActorContext): string | null {
  if (f.countryCode) return context.stateByCountry.get(f.countryCode) ?? null;
  // GDELT sometimes codes a country's actor code and leaves its CountryCode empty ("ROU").
  return f.code.length === 3 ? (context.stateByCountry.get(f.code) ?? null) : null;
}

function stateSectorActor(state: string, sector: SectorOfType | undefined, context: ActorContext, make: Make): string {
  // A government noun stands for the state itself, as in the extractor ("Iranian officials" is Iran).
  if (!sector || sector.sector === GOVERNMENT_SECTOR) return state;
  const composed = context.sectorActorOf.get(`${state}|${sector.sector}`);
  if (composed) return composed;
  const stateActor = context.gazetteer.get(state)!;
  const adjective = stateActor.adjectives?.[0] ?? stateActor.name;
  return make({
    id: freeId(`${state}-${sector.sector}`, context),
    name: `${adjective} ${sector.label}`,
    kind: sector.kind,
    country: stateActor.country,
    aliases: [],
    affiliation: state,
    resolved: true,
    sector: sector.sector,
  });
}

/** A region's name: CAMEO's, else the name GDELT gave its bare code most often, else the code. */
function regionName(code: string, context: ActorContext, survey: NameSurvey): string {
  const named = context.regionNames.get(code);
  if (named) return named;
  const gdeltName = namesByFrequency(survey, codeKey(code))[0];
  return gdeltName ? displayName(gdeltName) : code;
}

function regionActor(countryCode: string, sector: SectorOfType | undefined, name: string, make: Make): string {
  const id = `gdelt-${countryCode.toLowerCase()}`;
  make({ id, name, kind: 'other', country: null, aliases: [], affiliation: null, resolved: true });
  if (!sector || sector.sector === GOVERNMENT_SECTOR) return id;
  return make({
    id: `${id}-${sector.sector}`,
    name: `${name}: ${sector.label}`,
    kind: sector.kind,
    country: null,
    aliases: [],
    affiliation: id,
    resolved: true,
    sector: sector.sector,
  });
}

function countrylessSectorActor(sector: SectorOfType, context: ActorContext, make: Make): string {
  // The extractor's country-less actors ("police", "rebels") when it has one for the sector.
  if (context.gazetteer.get(sector.sector)?.sector === sector.sector) return sector.sector;
  const label = sector.label.charAt(0).toUpperCase() + sector.label.slice(1);
  return make({
    id: `gdelt-${sector.sector}`,
    name: `${label} (no country coded)`,
    kind: sector.kind,
    country: null,
    aliases: [],
    affiliation: null,
    resolved: true,
    sector: sector.sector,
  });
}

function groupActor(f: GdeltActorFields, context: ActorContext, survey: NameSurvey, make: Make): string {
  const names = namesByFrequency(survey, groupKey(f.knownGroupCode));
  const linked = names.length > 0 ? context.groupByName.get(nameKey(names[0]!)) : undefined;
  if (linked) return linked;
  const sector = context.sectorOfType.get(f.type1Code)?.sector;
  const kind: ActorKind =
    f.type1Code === 'IGO' ? 'igo' : sector && ARMED_SECTORS.has(sector) ? 'armed-group' : 'organization';
  const display = names.map((n) => displayName(n, true));
  return make({
    id: `gdelt-group-${f.knownGroupCode.toLowerCase()}`,
    name: display[0] ?? f.knownGroupCode,
    kind,
    country: f.countryCode
      ? (context.gazetteer.get(context.stateByCountry.get(f.countryCode) ?? '')?.country ?? null)
      : null,
    aliases: [...new Set(display.slice(1, 6))],
    affiliation: null,
    resolved: true,
  });
}

function codeActor(f: GdeltActorFields, survey: NameSurvey, make: Make): string {
  const names = f.code ? namesByFrequency(survey, codeKey(f.code)) : [f.name];
  const display = [...new Set(names.map((n) => displayName(n)))];
  return make({
    id: f.code ? `gdelt-${f.code.toLowerCase()}` : `gdelt-name-${slug(f.name)}`,
    name: display[0] || f.code || f.name,
    kind: 'other',
    country: null,
    aliases: display.slice(1, 6),
    affiliation: null,
    resolved: true,
  });
}

/** An id for a composed actor, prefixed when the gazetteer already uses it for something else. */
function freeId(id: string, context: ActorContext): string {
  return context.gazetteer.has(id) ? `gdelt-${id}` : id;
}
