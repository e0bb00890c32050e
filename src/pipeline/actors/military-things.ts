import type { Token } from '../text/tokens.ts';

/**
 * Nouns for a military's equipment and places, not its people: "a US destroyer", "Indian fighter jets",
 * "Cambodian military targets", "Russian air bases". Such a thing stands for its state (as the event model
 * codes "Israeli jets struck" and "struck Iranian nuclear sites"); only people ("troops", "soldiers", "the
 * army") make the state's armed forces an actor of their own.
 */
const MILITARY_THINGS = new Set([
  ...['jet', 'jets', 'warplane', 'warplanes', 'aircraft', 'plane', 'planes', 'bomber', 'bombers'],
  ...['drone', 'drones', 'helicopter', 'helicopters', 'gunship', 'gunships', 'missile', 'missiles'],
  ...['rocket', 'rockets', 'artillery', 'tank', 'tanks', 'warship', 'warships', 'ship', 'ships'],
  ...['vessel', 'vessels', 'destroyer', 'destroyers', 'frigate', 'frigates', 'submarine', 'submarines'],
  ...['carrier', 'carriers', 'battleship', 'battleships', 'gunboat', 'gunboats', 'convoy', 'convoys'],
  ...['base', 'bases', 'airbase', 'airbases', 'airfield', 'airfields', 'barracks', 'outpost', 'outposts'],
  ...['post', 'posts', 'position', 'positions', 'target', 'targets', 'site', 'sites', 'installation'],
  ...['installations', 'facility', 'facilities', 'depot', 'depots', 'headquarters', 'infrastructure'],
]);

/**
 * The end of a military phrase that names a thing: its own last word is one ("Indian fighter jets"), or
 * the word after it is, the military words then only describing it ("Cambodian military targets",
 * "Thai army bases"). Null when the phrase names people.
 */
export function militaryThingEnd(tokens: Token[], from: number, end: number): number | null {
  if (end > from && MILITARY_THINGS.has(tokens[end - 1]!.lower)) return end;
  return MILITARY_THINGS.has(tokens[end]?.lower ?? '') ? end + 1 : null;
}
