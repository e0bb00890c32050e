import type { ActorMention } from '../actors/find-mentions.ts';
import { MILITARY_SECTOR } from '../actors/sector-agents.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Verbs of taking forces out of a place: a state's decision, which a demand asks of the state.
const WITHDRAWAL_VERBS = new Set([
  'withdraw',
  'leave',
  'pull',
  'retreat',
  'vacate',
  'quit',
  'exit',
  'evacuate',
  'depart',
]);
// Words between the forces and the verb: "to", "must", "should immediately", "be".
const BEFORE_VERB = new Set(['to', 'must', 'should', 'would', 'immediately', 'fully', 'first', 'all']);

const stateOfForces = new WeakMap<PipelineResources, Map<string, string>>();

/** Each state's own armed forces (the IDF for Israel) back to the state, built once per resources. */
function ownForcesStates(resources: PipelineResources): Map<string, string> {
  let map = stateOfForces.get(resources);
  if (!map) {
    map = new Map([...resources.gazetteer.militaryOf].map(([state, own]) => [own, state]));
    stateOfForces.set(resources, map);
  }
  return map;
}

/**
 * "demanded that Armenian troops leave the villages", "urged Israeli forces to pull out of Lebanon": a demand
 * that a state's forces withdraw is made of the state, whose decision the withdrawal is, as coders code the
 * demand; forces asked to do what forces do ("urged Russian troops to stop shelling") stay the forces.
 */
export function forcesAskedToWithdraw(
  match: TriggerMatch,
  target: Participant[],
  tokens: Token[],
  mentions: ActorMention[],
  resources: PipelineResources,
): Participant[] {
  if (match.trigger.type !== 'REQUEST') return target;
  return target.map((p) => {
    const actor = resources.gazetteer.actors.get(p.actorId);
    const state =
      actor?.sector === MILITARY_SECTOR ? actor.affiliation : (ownForcesStates(resources).get(p.actorId) ?? null);
    if (!state || !p.span) return p;
    const mention = mentions.find((m) => m.actorId === p.actorId && m.start === p.span!.start);
    if (!mention) return p;
    let j = mention.tokenEnd;
    while (j < tokens.length && j < mention.tokenEnd + 3 && BEFORE_VERB.has(tokens[j]!.lower)) j++;
    return WITHDRAWAL_VERBS.has(tokens[j]?.lower ?? '') ? { ...p, actorId: state } : p;
  });
}
