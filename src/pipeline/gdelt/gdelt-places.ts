import type { BundlePlace, PlaceKind } from '../../model/bundle-schema.ts';
import type { GdeltRow } from './export-rows.ts';

/** GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
const KIND_OF_GEO_TYPE: Record<number, PlaceKind> = { 1: 'country', 2: 'region', 3: 'city', 4: 'city', 5: 'region' };

/**
 * One place per distinct ActionGeo_FullName of the imported rows, at GDELT's own point (the first row's, in
 * event id order). GDELT's country codes are FIPS 10-4, not ISO: the country is the state whose name the full
 * name ends with ("Kyiv, Kyyiv, Misto, Ukraine"), else null.
 */
export function gdeltPlaces(rows: GdeltRow[], stateOfName: (name: string) => string | null): BundlePlace[] {
  const byName = new Map<string, BundlePlace>();
  const ordered = [...rows].sort((a, b) => Number(a.globalEventId) - Number(b.globalEventId));
  for (const row of ordered) {
    const geo = row.actionGeo;
    if (!geo || byName.has(geo.fullName)) continue;
    const last = geo.fullName.split(',').at(-1)!.trim();
    byName.set(geo.fullName, {
      name: geo.fullName,
      kind: KIND_OF_GEO_TYPE[geo.type] ?? 'region',
      country: stateOfName(last),
      lat: geo.lat,
      lon: geo.lon,
      basis: geo.lat === null ? 'GDELT ActionGeo (no point coded)' : 'GDELT ActionGeo_Lat/Long',
    });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
