import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { iso31661 } from 'iso-3166';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A point on the globe (WGS84 degrees). */
export type LatLon = { lat: number; lon: number };

let cached: Map<string, LatLon> | null = null;

/**
 * Where the map draws each country: the centroid of its largest polygon in world-atlas's 110m countries (the
 * basemap the app draws), keyed by ISO alpha-3. The largest polygon, not the whole country: France's centroid
 * over its overseas departments, or the United States' over Alaska, would fall far from either.
 */
export function countryCentroids(): Map<string, LatLon> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const alpha3OfNumeric = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));
  const countries = topology.objects['countries'] as GeometryCollection;
  cached = new Map();
  for (const geometry of countries.geometries) {
    const alpha3 = alpha3OfNumeric.get(String(geometry.id ?? ''));
    if (!alpha3) continue; // Northern Cyprus, Somaliland and Kosovo have no numeric code in world-atlas.
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const [lon, lat] = geoCentroid(largestPolygon(shape));
    cached.set(alpha3, { lat: round(lat), lon: round(lon) });
  }
  return cached;
}

function largestPolygon(shape: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const asFeature = (coordinates: Polygon['coordinates']): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  });
  return polygons.map(asFeature).reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Two decimals (about a kilometre): the bundle stays byte-identical across platforms' float printing. */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}
