import type { Token } from '../text/tokens.ts';
import type { PlaceMention } from './find-places.ts';

/** The place named right after the preposition at token `preposition` ("to Baghdad", "in the Hague"), or null. */
export function placeAfter(tokens: Token[], preposition: number, places: PlaceMention[]): PlaceMention | null {
  // The place's own mention may hold its "the" ("the White House") or not ("the" + "Gaza Strip").
  const skipsThe = tokens[preposition + 1]?.lower === 'the';
  return places.find((p) => p.tokenStart === preposition + 1 || (skipsThe && p.tokenStart === preposition + 2)) ?? null;
}
