import type { ArmedForces, GazetteerActor } from '../resources/resource-schemas.ts';

/**
 * A state's armed forces named by their own name or acronym ("FARDC", "the Tatmadaw", "UPDF soldiers") are that
 * state's military, the actor "Congolese army" composes: each name becomes one of the military's aliases, and
 * `addName` makes it a phrase of that actor. `militaryOf` gives a state's military (the composed sector actor, or
 * the state's own armed forces, as the IDF); records are copied, never changed. Runs once per compiled gazetteer.
 */
export function addArmedForcesNames(
  forces: ArmedForces,
  actors: Map<string, GazetteerActor>,
  composed: GazetteerActor[],
  militaryOf: (stateId: string) => string | undefined,
  addName: (name: string, actorId: string) => void,
): void {
  const stateOf = new Map<string, string>();
  for (const actor of actors.values())
    if (actor.kind === 'state' && actor.country && !stateOf.has(actor.country)) stateOf.set(actor.country, actor.id);
  const composedById = new Map(composed.map((a, i) => [a.id, i]));
  for (const { of, names } of forces) {
    const state = stateOf.get(of);
    const military = state === undefined ? undefined : militaryOf(state);
    if (military === undefined || military === state) continue;
    const at = composedById.get(military);
    const record = at !== undefined ? composed[at] : actors.get(military);
    if (!record) continue;
    const copy = { ...record, aliases: [...new Set([...record.aliases, ...names])] };
    if (at !== undefined) composed[at] = copy;
    else actors.set(military, copy);
    for (const name of names) addName(name, military);
  }
}
