import type { PloverType } from '../../model/bundle-schema.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Sectors whose members stand for their state as the target of a sanction: a state sanctions another state
// through its firms ("sanctioned a hundred Russian companies").
const SANCTIONED_FOR_STATE = new Set(['business']);
// Armed members of a state arrested or detained stay its forces ("arrested an Armenian soldier"); freed, they
// are handed back to their state like any captive.
const FORCES = new Set(['military', 'police', 'intelligence', 'rebels', 'militants']);

/**
 * People a state holds, frees or arrests stand for their own state, whatever their noun: "handed back
 * eighteen Cambodian soldiers" and "released six American detainees" are acts on Cambodia and the United
 * States, "arrested a Ukrainian citizen" one on Ukraine, as an event coder codes a state's nationals caught
 * between two states. A sanction on a state's firms is a sanction on the state. Soldiers who are fought or
 * arrested keep their sector, and so do a state's own people held by its own authorities: that act is
 * domestic, not one on the state.
 */
export function heldPeopleAsStates(
  match: TriggerMatch,
  source: Participant[],
  target: Participant[],
  resources: PipelineResources,
): Participant[] {
  const type = match.trigger.type;
  if (!actsOnHeldPeople(type, match.trigger.mode)) return target;
  const sideOf = (id: string) => resources.gazetteer.actors.get(id)?.affiliation ?? id;
  const ownSides = new Set(source.map((p) => sideOf(p.actorId)));
  const mapped = target.map((p) => {
    const actor = resources.gazetteer.actors.get(p.actorId);
    if (!actor?.sector || !actor.affiliation || !resources.stateIds.has(actor.affiliation)) return p;
    if (ownSides.has(actor.affiliation)) return p;
    if (type === 'SANCTION' && !SANCTIONED_FOR_STATE.has(actor.sector)) return p;
    if (type === 'COERCE' && FORCES.has(actor.sector)) return p;
    return { ...p, actorId: actor.affiliation };
  });
  return mapped.filter((p, i) => mapped.findIndex((q) => q.actorId === p.actorId) === i);
}

function actsOnHeldPeople(type: PloverType, mode: string | null): boolean {
  return (type === 'RETREAT' && mode === 'release') || type === 'COERCE' || type === 'SANCTION';
}
