import type { AgentSectors, GazetteerActor } from '../resources/resource-schemas.ts';
import { caseVariants } from './office-titles.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { phraseTokens } from '../text/tokens.ts';

/** Generic agents compiled for matching: nouns by sector, and the composed actor of each state and sector. */
export type SectorIndex = {
  /** Nouns that follow a demonym or a state's name: "military", "riot police", "negotiators". */
  forms: PhraseTrie<string>;
  /** Nouns that stand alone for their sector: "protesters", "police", "rebels". */
  bare: PhraseTrie<string>;
  /** `${stateId}|${sector}` -> the composed actor's id (`pak-military`, or the IDF for Israel's military). */
  actorOf: Map<string, string>;
  /** The composed actors themselves, added to the gazetteer's records. */
  actors: GazetteerActor[];
};

/** The sector that stands for the state itself ("Iranian officials" is Iran). */
export const GOVERNMENT_SECTOR = 'government';

/** The sector of a state's armed forces ("Pakistani military", "Thai soldiers"). */
export const MILITARY_SECTOR = 'military';

/**
 * Builds every state's sector actors ("Pakistani military": country PAK, affiliation `pak`, sector
 * military) and one country-less actor per sector that has bare nouns ("protesters" -> `opposition`).
 * A state's military is its own armed forces when the gazetteer has them (`militaryOf`).
 */
export function compileSectors(
  states: GazetteerActor[],
  agents: AgentSectors | undefined,
  militaryOf: Map<string, string>,
): SectorIndex {
  const index: SectorIndex = { forms: new PhraseTrie(), bare: new PhraseTrie(), actorOf: new Map(), actors: [] };
  if (!agents) return index;
  for (const [sector, spec] of Object.entries(agents.sectors)) {
    for (const form of spec.forms)
      for (const variant of caseVariants(form)) index.forms.add(phraseTokens(variant), sector);
    for (const form of spec.bare)
      // A bare noun often opens the sentence: "Opposition groups", besides "opposition groups" and title case.
      for (const variant of [...caseVariants(form), capitalise(form)]) index.bare.add(phraseTokens(variant), sector);
    // A government is its state: "the junta" has no country-less actor of its own.
    if (sector === GOVERNMENT_SECTOR) continue;
    if (spec.bare.length > 0) index.actors.push(sectorActor(sector, spec, null));
    for (const state of states) {
      const own = sector === MILITARY_SECTOR ? militaryOf.get(state.id) : undefined;
      if (own) {
        index.actorOf.set(`${state.id}|${sector}`, own);
        continue;
      }
      const actor = sectorActor(sector, spec, state);
      index.actorOf.set(`${state.id}|${sector}`, actor.id);
      index.actors.push(actor);
    }
  }
  return index;
}

// Names news gives a sector besides its label, kept as the composed actor's aliases (shown and scored, never
// matched: the sector index matches the text): a state's military is as often its army, forces or troops.
const SECTOR_NAMES: Record<string, string[]> = {
  [MILITARY_SECTOR]: ['army', 'armed forces', 'forces', 'troops', 'soldiers'],
};

function sectorActor(
  sector: string,
  spec: AgentSectors['sectors'][string],
  state: GazetteerActor | null,
): GazetteerActor {
  if (!state)
    return {
      id: sector,
      name: capitalise(spec.label),
      kind: spec.kind,
      country: null,
      // What the text calls them ("protesters", "police"): shown with the actor, not matched by it.
      aliases: spec.bare.map(capitalise),
      affiliation: null,
      roles: [],
      sector,
    };
  const adjective = state.adjectives?.[0] ?? state.name;
  const nouns = [...new Set([...spec.bare, ...(SECTOR_NAMES[sector] ?? [])])].filter((noun) => noun !== spec.label);
  return {
    id: `${state.id}-${sector}`,
    name: `${adjective} ${spec.label}`,
    kind: spec.kind,
    country: state.country,
    aliases: nouns.map((noun) => `${adjective} ${noun}`),
    affiliation: state.id,
    roles: [],
    sector,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
