import type { GazetteerActor } from '../resources/resource-schemas.ts';

/** The groups that govern a state de facto, by the state's id: `taliban` for `afg` from 15 August 2021. */
export type GoverningGroups = Map<string, { groupId: string; from: string; to: string | null }[]>;

/**
 * Reads each record's `governs` (a group that holds a state's government without being the state's recognised
 * government, with dates: the Taliban in Afghanistan from 15 August 2021) into a look-up by the state's id. Built
 * once per compiled gazetteer.
 */
export function compileGoverningGroups(actors: Map<string, GazetteerActor>): GoverningGroups {
  const stateOf = new Map<string, string>();
  for (const actor of actors.values())
    if (actor.kind === 'state' && actor.country && !stateOf.has(actor.country)) stateOf.set(actor.country, actor.id);
  const groups: GoverningGroups = new Map();
  for (const actor of actors.values())
    for (const { of, from, to } of actor.governs ?? []) {
      const state = stateOf.get(of);
      if (state) groups.set(state, [...(groups.get(state) ?? []), { groupId: actor.id, from, to }]);
    }
  return groups;
}

/**
 * The group that governed `stateId` on `isoDay` (from inclusive, to exclusive), else null: "Kabul" and "the Afghan
 * government" after August 2021 are the Taliban's, as the Taliban's ministers are (`leaders.json`).
 */
export function governingGroupOn(groups: GoverningGroups, stateId: string, isoDay: string | null): string | null {
  if (isoDay === null) return null;
  const terms = groups.get(stateId);
  if (!terms) return null;
  const term = terms.find(({ from, to }) => from <= isoDay && (to === null || isoDay < to));
  return term?.groupId ?? null;
}
