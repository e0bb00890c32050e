import { hsl, schemeTableau10 } from 'd3';
import { fnv1a } from '../model/stable-hash.ts';

// Ten clearly different hues (Tableau 10), then the same hues darker, then lighter: thirty colours in all.
const HUES = schemeTableau10;
const SHADES = [
  (c: string) => c,
  (c: string) => hsl(c).darker(1).formatHex(),
  (c: string) => hsl(c).brighter(0.6).formatHex(),
];
const SLOTS = SHADES.flatMap((shade) => HUES.map(shade));
const UNKNOWN_OUTLET = '#64748b';

// A stable hash, so an outlet's preferred hue depends on its id alone.
const hashId = fnv1a;

/**
 * Colours for a set of outlets, keyed by id: each outlet takes its id's preferred hue, so the same outlet has the
 * same colour in every corpus where no other outlet claims that hue. Outlets are placed in id order; one whose
 * hue is taken moves to the next free hue, and only when all ten hues are used do darker and lighter shades come in.
 */
export function assignOutletColours(outletIds: readonly string[]): Map<string, string> {
  const taken = new Set<number>();
  const colours = new Map<string, string>();
  for (const id of [...new Set(outletIds)].sort()) {
    const preferred = hashId(id) % HUES.length;
    const slot = firstFreeSlot(preferred, taken);
    taken.add(slot);
    colours.set(id, SLOTS[slot]!);
  }
  return colours;
}

function firstFreeSlot(preferredHue: number, taken: Set<number>): number {
  for (let shade = 0; shade < SHADES.length; shade++)
    for (let step = 0; step < HUES.length; step++) {
      const slot = shade * HUES.length + ((preferredHue + step) % HUES.length);
      if (!taken.has(slot)) return slot;
    }
  return preferredHue; // beyond thirty outlets colours repeat; the outlet's name always goes with the colour
}

const cache = new WeakMap<readonly string[], Map<string, string>>();

/** One stable colour per outlet id (the same in every view and, uncontested, in every corpus). */
export function outletColour(outletIds: readonly string[], outletId: string): string {
  let colours = cache.get(outletIds);
  if (!colours) cache.set(outletIds, (colours = assignOutletColours(outletIds)));
  return colours.get(outletId) ?? UNKNOWN_OUTLET;
}
