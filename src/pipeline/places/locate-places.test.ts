import { describe, expect, it } from 'vitest';
import type { Place } from '../resources/resource-schemas.ts';
import { countryCentroids } from './country-centroids.ts';
import { compilePlaceLocator, locateEventPlaces } from './locate-places.ts';

const place = (name: string, kind: string, country: string | null, point?: [number, number]): Place => ({
  name,
  kind,
  country,
  aliases: [],
  ...(point ? { lat: point[0], lon: point[1] } : {}),
});

// Invented places, weakest list first as the pipeline loads them: a GeoNames-like city list with coordinates,
// then a curated list that claims the same capital again without coordinates.
const PLACES: Place[] = [
  place('Brightwater', 'capital', 'AAA', [10.5, 20.25]),
  place('Brightwater', 'city', 'BBB', [-30, 40]),
  place('Lowmarsh', 'city', 'AAA', [11, 21]),
  place('Brightwater', 'capital', 'AAA'),
  place('Glass Hall', 'venue', 'AAA'),
  place('Fen Delta', 'region', 'AAA'),
  place('Greyshore', 'region', 'AAA'),
  place('Inner Sea', 'sea', null),
  place('Aaland', 'country', 'AAA'),
  place('Nowhere Vale', 'region', 'ZZZ'),
];
const POINTS = [
  { name: 'Glass Hall', at: 'Brightwater' },
  { name: 'Fen Delta', lat: 12.34, lon: 22.5 },
  { name: 'Inner Sea', lat: 5, lon: 5 },
];
const locate = compilePlaceLocator(PLACES, POINTS, () => new Map([['AAA', { lat: 9, lon: 19 }]]));

describe('locating event places', () => {
  it('gives a curated capital without coordinates the coordinates of the same-named city of its country', () => {
    expect(locate('Brightwater')).toMatchObject({ kind: 'city', country: 'AAA', lat: 10.5, lon: 20.25 });
  });

  it('draws a venue at the city the curated table puts it in', () => {
    const hall = locate('Glass Hall');
    expect(hall).toMatchObject({ kind: 'venue', country: 'AAA', lat: 10.5, lon: 20.25 });
    expect(hall.basis).toContain('Brightwater');
  });

  it('takes curated coordinates for regions and seas, and a sea is a region', () => {
    expect(locate('Fen Delta')).toMatchObject({ kind: 'region', lat: 12.34, lon: 22.5 });
    expect(locate('Inner Sea')).toMatchObject({ kind: 'region', country: null, lat: 5, lon: 5 });
  });

  it('keeps a place with its own coordinates where it is', () => {
    expect(locate('Lowmarsh')).toMatchObject({ kind: 'city', lat: 11, lon: 21 });
  });

  it('draws a country at its centroid and a region without a point at its country centroid, saying so', () => {
    expect(locate('Aaland')).toMatchObject({ kind: 'country', country: 'AAA', lat: 9, lon: 19 });
    const region = locate('Greyshore');
    expect(region).toMatchObject({ kind: 'region', lat: 9, lon: 19 });
    expect(region.basis).toMatch(/centroid/);
  });

  it('leaves places it cannot put on the map without a point', () => {
    expect(locate('Nowhere Vale')).toMatchObject({ kind: 'region', country: 'ZZZ', lat: null, lon: null });
    expect(locate('Atlantis')).toMatchObject({ country: null, lat: null, lon: null });
  });

  it('lists each distinct event location once, by name', () => {
    const events = [{ location: 'Lowmarsh' }, { location: null }, { location: 'Aaland' }, { location: 'Lowmarsh' }];
    expect(locateEventPlaces(events, locate).map((p) => p.name)).toEqual(['Aaland', 'Lowmarsh']);
  });
});

describe('country centroids from the basemap', () => {
  it('puts France in Europe and the United States in the lower 48 (largest polygon, not overseas land)', () => {
    const centroids = countryCentroids();
    const france = centroids.get('FRA')!;
    const usa = centroids.get('USA')!;
    expect(france.lat).toBeGreaterThan(42);
    expect(france.lat).toBeLessThan(51);
    expect(france.lon).toBeGreaterThan(-5);
    expect(france.lon).toBeLessThan(8);
    expect(usa.lon).toBeGreaterThan(-125);
    expect(usa.lon).toBeLessThan(-66);
    expect(centroids.has('QAT')).toBe(true);
  });
});
