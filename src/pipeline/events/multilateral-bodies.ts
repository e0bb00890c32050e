import type { PloverType } from '../../model/bundle-schema.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { Participant } from './participants.ts';

/**
 * "G7 leaders will meet in Ottawa", "NATO foreign ministers met in Brussels", "the Security Council will meet
 * on Friday": an intergovernmental body that meets is its members meeting one another, a multilateral
 * consultation PLOVER codes with the body as its one named party. One state or person alone meets no one.
 */
export function isMeetingOfMembers(type: PloverType, parties: Participant[], resources: PipelineResources): boolean {
  return (
    type === 'CONSULT' && parties.length === 1 && resources.gazetteer.actors.get(parties[0]!.actorId)?.kind === 'igo'
  );
}
