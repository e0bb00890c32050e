import type { Token } from '../text/tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { AgentMatch } from './compose-agents.ts';
import { MILITARY_SECTOR } from './sector-agents.ts';

// "Government forces", "regime troops", "junta aircraft": the armed forces of the government a civil-war
// story is about. News names them so without the state once the story has named it ("Sudan's army ...
// Government forces retook the town"; a federal state's, "federal troops", as in Ethiopia, Somalia or Nigeria).
// Nouns for a government's kind, and nouns for its soldiers and arms.
const GOVERNMENT_WORDS = new Set(['government', 'regime', 'junta', 'pro-government', 'federal']);
const FORCE_NOUNS = new Set([
  'forces',
  'troops',
  'soldiers',
  'army',
  'aircraft',
  'jets',
  'warplanes',
  'drones',
  'artillery',
  'helicopters',
]);
/** Whether "government forces", "regime troops" or the like opens at token `at`: asked before any look-up. */
export function startsGovernmentForces(tokens: Token[], at: number): boolean {
  return GOVERNMENT_WORDS.has(tokens[at]!.lower) && FORCE_NOUNS.has(tokens[at + 1]?.lower ?? '');
}

/**
 * "Government forces", "regime troops", "junta aircraft" at token `at`: the military of the government the
 * article named last (its "junta", "regime" or "military government"), else of the state it named last.
 * Null when the article named no state: the phrase names no one then.
 */
export function governmentForces(
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
  lastGovernment: () => string | null,
  lastState: () => string | null,
): AgentMatch | null {
  if (!startsGovernmentForces(tokens, at)) return null;
  // "Sudanese government forces", "Assad's regime forces": a name before qualifies the phrase (and is composed
  // with it when known); the phrase stands alone only after a common word.
  const before = tokens[at - 1];
  if (before && (before.capitalised || /^['’]s$/.test(before.text))) return null;
  const state = lastGovernment() ?? lastState();
  const actorId = state ? gazetteer.sectors.actorOf.get(`${state}|${MILITARY_SECTOR}`) : undefined;
  return actorId ? { actorId, end: at + 2 } : null;
}
