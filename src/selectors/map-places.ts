import { type BundlePlace, type PlaceKind, PLOVER_TYPES, QUAD_OF_TYPE } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** One point on the map: the event locations drawn there (a city and the venues in it). */
export type MapSite = { key: string; label: string; names: string[]; kind: PlaceKind; lat: number; lon: number };

/** The bundle's sites, and each location code's site (-1: the location has no point on the map). */
export type MapSites = { sites: MapSite[]; siteOfLocation: Int32Array };

/** A site's events under the current filters. */
export type SiteCount = { site: MapSite; count: number; cooperation: number; conflict: number; fiction: boolean };

/** What the map draws and what it cannot draw, under the current filters. */
export type MapCounts = {
  /** Sites with at least one event, most events first. */
  sites: SiteCount[];
  /** Events at places without a point (invented places, broad regions), and those places by count. */
  offMap: number;
  offMapNames: { name: string; count: number }[];
  /** Events whose text names no place. */
  noPlace: number;
};

// Which name a site goes by: a city or country before a region, a region before a venue drawn at it.
const KIND_RANK: Record<PlaceKind, number> = { city: 0, country: 0, region: 1, venue: 2 };

/** Groups the bundle's located places into sites by their point; call once per bundle. */
export function mapSitesOf(index: BundleIndex): MapSites {
  const placeByName = new Map((index.bundle.places ?? []).map((p) => [p.name, p]));
  const byPoint = new Map<string, BundlePlace[]>();
  for (const name of index.locationNames) {
    const place = placeByName.get(name);
    if (!place || place.lat === null || place.lon === null) continue;
    const key = `${place.lat},${place.lon}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), place]);
  }
  const sites = [...byPoint].map(([key, places]) => siteOf(key, places));
  const siteIndex = new Map(sites.flatMap((s, i) => s.names.map((n) => [n, i] as const)));
  const siteOfLocation = Int32Array.from(index.locationNames, (n) => siteIndex.get(n) ?? -1);
  return { sites, siteOfLocation };
}

function siteOf(key: string, places: BundlePlace[]): MapSite {
  const ranked = [...places].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const first = ranked[0]!;
  return {
    key,
    label: first.name,
    names: ranked.map((p) => p.name),
    kind: first.kind,
    lat: first.lat!,
    lon: first.lon!,
  };
}

const IS_CONFLICT = Uint8Array.from(PLOVER_TYPES, (t) => (QUAD_OF_TYPE[t].endsWith('conflict') ? 1 : 0));

/** Counts the mask's events per site in one pass over the index arrays. */
export function countMapSites(index: BundleIndex, { sites, siteOfLocation }: MapSites, mask: EventMask): MapCounts {
  const count = new Uint32Array(sites.length);
  const conflict = new Uint32Array(sites.length);
  const fiction = new Uint32Array(sites.length);
  const offMapByLocation = new Uint32Array(index.locationNames.length);
  let offMap = 0;
  let noPlace = 0;
  const { pass } = mask;
  for (let i = 0; i < pass.length; i++) {
    if (!pass[i]) continue;
    const location = index.location[i]!;
    if (location < 0) {
      noPlace++;
      continue;
    }
    const site = siteOfLocation[location]!;
    if (site < 0) {
      offMap++;
      offMapByLocation[location]!++;
      continue;
    }
    count[site]!++;
    conflict[site]! += IS_CONFLICT[index.type[i]!]!;
    fiction[site]! += index.fiction[i]!;
  }
  const counted: SiteCount[] = [];
  sites.forEach((site, s) => {
    const n = count[s]!;
    if (n > 0)
      counted.push({
        site,
        count: n,
        cooperation: n - conflict[s]!,
        conflict: conflict[s]!,
        fiction: fiction[s] === n,
      });
  });
  counted.sort((a, b) => b.count - a.count || a.site.label.localeCompare(b.site.label));
  const offMapNames = [...offMapByLocation]
    .map((n, location) => ({ name: index.locationNames[location]!, count: n }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { sites: counted, offMap, offMapNames, noPlace };
}

/** "Doha: 12 events, 9 cooperation, 3 conflict", with the venues drawn at the site and a fiction mark. */
export function describeSite({ site, count, cooperation, conflict, fiction }: SiteCount): string {
  const also = site.names.length > 1 ? ` (also ${site.names.slice(1).join(', ')})` : '';
  const events = count === 1 ? '1 event' : `${count} events`;
  return `${site.label}${also}: ${events}, ${cooperation} cooperation, ${conflict} conflict${fiction ? ' (fiction)' : ''}`;
}
