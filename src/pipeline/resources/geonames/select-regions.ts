import type { Place } from '../resource-schemas.ts';
import { foldToAscii } from '../../text/fold.ts';
import { isUsableName, type NameFilter } from './select-places.ts';

/** One ISO 3166-2 subdivision of the `iso-3166` package: its code, name and parent (a country's alpha-2 code at the first level). */
export type Subdivision = { code: string; name: string; parent: string };

// Words that name a kind or a direction, not a place: a name made of them only ("Eastern", "Central Region",
// "Capital District", "North West") is many states' at once.
const GENERIC_WORDS = new Set(
  (
    'north northern south southern east eastern west western central centre center middle upper lower greater new ' +
    'capital city district province provincial region regional territory state states federal autonomous island ' +
    'islands coast coastal lake lakes river rivers valley highlands lowlands of the and la le el al de du des'
  ).split(' '),
);

// Subdivisions whose sovereignty is disputed (Parley's places give them no state, as Kashmir) or whose name news
// uses for a wider region than the subdivision ("the Sahel" spans states).
const DISPUTED_OR_WIDER = new Set([
  'Abkhazia',
  'Kosovo-Metohija',
  'Al Quds',
  'Yerushalayim',
  'Avtonomna Respublika Krym',
  'Sevastopol',
  'Āzād Jammūñ o Kashmīr',
  'Gilgit-Baltistān',
  'Jammu and Kashmīr',
  'Ladākh',
  'Sahel',
]);

/**
 * The first-level subdivisions of every state (provinces, regions, departments, states) as places of their state,
 * so that "in Cauca" or "in Sagaing" places an event in Colombia or Myanmar and a region's police or a strike there
 * belong to the state. A name is kept under the city rules of `isUsableName` (no state's, actor's, person's name or
 * everyday word), and not when it is one word under five letters (Goa, Edo, Mon: too often something else), made of
 * generic words only, written with a comma (ISO's inverted forms, "Adygeya, Respublika"), or shared by the
 * subdivisions of two states (Amazonas). Names are the ISO name, without a bracketed alternative, each also folded to
 * ASCII ("Bāmyān" -> "Bamyan"). Only the states in `countries` when given. Pure: the same subdivisions give the
 * same places.
 */
export function selectRegions(
  subdivisions: readonly Subdivision[],
  toIso3: (alpha2: string) => string | undefined,
  filter: NameFilter,
  countries: ReadonlySet<string> | null = null,
): Place[] {
  const byName = new Map<string, Set<string>>();
  const regions: { iso3: string; names: string[] }[] = [];
  for (const { name, parent } of subdivisions) {
    if (parent.length !== 2 || DISPUTED_OR_WIDER.has(name)) continue;
    const iso3 = toIso3(parent);
    if (!iso3 || (countries && !countries.has(iso3))) continue;
    const names = namesOf(name).filter((n) => isRegionName(n, filter));
    if (names.length === 0) continue;
    regions.push({ iso3, names });
    for (const n of names) byName.set(n.toLowerCase(), (byName.get(n.toLowerCase()) ?? new Set()).add(iso3));
  }
  const places: Place[] = [];
  const claimed = new Set<string>();
  for (const { iso3, names } of regions) {
    const own = names.filter((n) => byName.get(n.toLowerCase())!.size === 1 && !claimed.has(n));
    for (const n of own) claimed.add(n);
    if (own.length > 0) places.push({ name: own[0]!, kind: 'region', country: iso3, aliases: own.slice(1) });
  }
  return places.sort((a, b) => compare(a.country ?? '', b.country ?? '') || compare(a.name, b.name));
}

function namesOf(isoName: string): string[] {
  const base = isoName.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [...new Set([base, foldToAscii(base)])];
}

function isRegionName(name: string, filter: NameFilter): boolean {
  if (name.includes(',') || !/^\p{Lu}/u.test(name)) return false;
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => GENERIC_WORDS.has(w))) return false;
  if (words.length === 1 && name.length < 5) return false;
  return isUsableName(name, filter, false);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
