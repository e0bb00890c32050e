import type { Token } from '../text/tokens.ts';

// Nouns for things and occasions that news names with capitals of their own: "the tanker Blue Heron", "its naval
// mission Calypso", "the Harvest Day holiday", "the Northern Star crew". Such a name is what is acted on or when,
// never who acts.
const THING_NOUNS = new Set([
  ...['vessel', 'vessels', 'ship', 'ships', 'tanker', 'tankers', 'carrier', 'freighter', 'ferry', 'boat', 'yacht'],
  ...['warship', 'frigate', 'destroyer', 'submarine', 'cruiser', 'mission', 'operation', 'holiday', 'holidays'],
  ...['festival', 'feast', 'celebrations', 'parade', 'anniversary', 'crew', 'pipeline', 'dam', 'reactor'],
]);

/**
 * Whether the capitalised words over tokens [start, end) name a ship, a mission or an occasion: a noun for one
 * stands right before them ("the bulk carrier Blue Heron") or right after ("the Harvest Day holiday").
 */
export function namesThing(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  return (
    (before !== undefined && !before.capitalised && THING_NOUNS.has(before.lower)) ||
    (after !== undefined && !after.capitalised && THING_NOUNS.has(after.lower))
  );
}
