import type { BundlePlace, PlaceKind } from '../../model/bundle-schema.ts';
import type { Place, PlacePoint } from '../resources/resource-schemas.ts';
import type { LatLon } from './country-centroids.ts';

/** The map's point for an event location (the place's canonical name, as `event.location` holds it). */
export type PlaceLocator = (name: string) => BundlePlace;

/** Kinds of the gazetteers folded into the four the map tells apart. */
const KIND_OF: Record<string, PlaceKind> = {
  capital: 'city',
  city: 'city',
  venue: 'venue',
  region: 'region',
  sea: 'region',
  landform: 'region',
  country: 'country',
};

const CURATED = 'data/gazetteer/place-points.json';

/**
 * Compiles the gazetteers into a locator. `places` come weakest first, as the extractor loads them: the
 * last place of a name is the one an event's location names. Its point is, in order: a country's centroid
 * on the basemap; its own coordinates; the curated table (a venue's city, or the team's approximate centre);
 * a city of the same name and country with coordinates (GeoNames); its country's centroid; else none.
 */
export function compilePlaceLocator(
  places: Place[],
  points: PlacePoint[],
  centroids: () => Map<string, LatLon>,
): PlaceLocator {
  const owner = new Map(places.map((p) => [p.name, p]));
  const curated = new Map(points.map((p) => [p.name, p]));
  const withCoordinates = new Map<string, Place>();
  for (const p of places)
    if (p.lat !== undefined && p.lon !== undefined) withCoordinates.set(key(p.name, p.country), p);
  const cityNamed = (name: string, country: string | null) =>
    withCoordinates.get(key(name, country)) ?? places.find((p) => p.name === name && p.lat !== undefined);
  return (name) => {
    const place = owner.get(name);
    if (!place) return { name, kind: 'region', country: null, lat: null, lon: null, basis: 'not in the gazetteer' };
    const kind = KIND_OF[place.kind] ?? 'region';
    const at = (point: LatLon | undefined, basis: string): BundlePlace =>
      point
        ? { name, kind, country: place.country, lat: point.lat, lon: point.lon, basis }
        : { name, kind, country: place.country, lat: null, lon: null, basis: 'no coordinates' };
    const centroid = place.country ? centroids().get(place.country) : undefined;
    if (kind === 'country') return at(centroid, 'centroid of the country on the basemap');
    if (place.lat !== undefined && place.lon !== undefined) return at(latLon(place), 'the gazetteer');
    const point = curated.get(name);
    if (point?.lat !== undefined && point.lon !== undefined)
      return at(latLon(point), `approximate centre (${CURATED})`);
    if (point?.at) return at(optionalLatLon(cityNamed(point.at, place.country)), `drawn at ${point.at} (GeoNames)`);
    const same = withCoordinates.get(key(name, place.country));
    if (same) return at(latLon(same), 'GeoNames city of the same name');
    return at(centroid, 'centroid of its country: no point of its own');
  };
}

/** Each distinct location of the events, located, in name order (the bundle's `places`). */
export function locateEventPlaces(events: { location: string | null }[], locate: PlaceLocator): BundlePlace[] {
  const names = new Set<string>();
  for (const e of events) if (e.location) names.add(e.location);
  return [...names].sort().map(locate);
}

function key(name: string, country: string | null): string {
  return `${name}|${country ?? ''}`;
}

function latLon(p: { lat?: number; lon?: number }): LatLon {
  return { lat: p.lat ?? 0, lon: p.lon ?? 0 };
}

function optionalLatLon(p: Place | undefined): LatLon | undefined {
  return p && p.lat !== undefined && p.lon !== undefined ? { lat: p.lat, lon: p.lon } : undefined;
}
