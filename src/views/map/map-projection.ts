import { geoNaturalEarth1, type GeoProjection } from 'd3';

/** A site's position on the globe, as the projection takes it. */
export type LonLat = [number, number];

/** The smallest box the map zooms to (degrees): a single city is shown with its region, not a street map. */
const MIN_SPAN = { lon: 40, lat: 20 };
const MARGIN = 16;

/**
 * The Natural Earth projection fitted to the width and height: to the whole world, or to the box around the
 * given points (the events' extent), widened to at least MIN_SPAN so a single place keeps its neighbours.
 */
export function fitProjection(width: number, height: number, points: LonLat[] | null): GeoProjection {
  const projection = geoNaturalEarth1();
  const extent: [[number, number], [number, number]] = [
    [MARGIN, MARGIN],
    [Math.max(MARGIN + 1, width - MARGIN), Math.max(MARGIN + 1, height - MARGIN)],
  ];
  if (!points || points.length === 0) return projection.fitExtent(extent, { type: 'Sphere' });
  return projection.fitExtent(extent, { type: 'MultiPoint', coordinates: boxAround(points) });
}

/** The corners and edge midpoints of the points' box, widened to the minimum span and kept on the globe. */
export function boxAround(points: LonLat[]): LonLat[] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), MIN_SPAN.lon, -180, 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), MIN_SPAN.lat, -85, 85);
  const midLon = (west + east) / 2;
  return [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
    [midLon, south],
    [midLon, north],
  ];
}

function widen(low: number, high: number, minSpan: number, floor: number, ceiling: number): [number, number] {
  const pad = Math.max(0, minSpan - (high - low)) / 2 + (high - low) * 0.08;
  return [Math.max(floor, low - pad), Math.min(ceiling, high + pad)];
}
