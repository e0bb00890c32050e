import type { Gazetteer } from '../actors/gazetteer.ts';
import type { Token } from '../text/tokens.ts';

/**
 * "US strikes on Sanaa", "strikes hit the airport in Sanaa": a place that is the seat of an armed group holding
 * it (the gazetteer's seats of an armed group: Sanaa, the Houthis') is the group's when an attack falls there,
 * as the seat named as the attack's object already is ("jets pounded Sanaa"), not the state it lies in. The
 * group's id, else null.
 */
export function heldSeatHolder(tokens: Token[], from: number, to: number, gazetteer: Gazetteer): string | null {
  const match = gazetteer.phrases.longestMatch(tokens, from);
  if (!match || from + match.length !== to) return null;
  for (const meaning of match.values)
    if (meaning.kind === 'seat' && gazetteer.actors.get(meaning.actorId)?.kind === 'armed-group')
      return meaning.actorId;
  return null;
}
