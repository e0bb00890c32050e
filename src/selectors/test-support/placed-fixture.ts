import type { Bundle, BundlePlace } from '../../model/bundle-schema.ts';
import { fixtureBundle } from '../test-fixture.ts';

/** Where each fixture event happened (a2#e2 names no place; Atlantis cannot be drawn). */
const LOCATIONS: Record<string, string | null> = {
  'a1#e1': 'White House',
  'a2#e1': 'Washington',
  'a3#e1': 'White House',
  'a1#e2': 'Jerusalem',
  'a2#e2': null,
  'a3#e2': 'Atlantis',
  'a3#e3': 'Iran',
};

const PLACES: BundlePlace[] = [
  { name: 'Atlantis', kind: 'city', country: null, lat: null, lon: null, basis: 'no coordinates' },
  { name: 'Iran', kind: 'country', country: 'IRN', lat: 32.5, lon: 54.3, basis: 'centroid' },
  { name: 'Jerusalem', kind: 'city', country: 'ISR', lat: 31.77, lon: 35.22, basis: 'GeoNames' },
  { name: 'Washington', kind: 'city', country: 'USA', lat: 38.9, lon: -77.04, basis: 'GeoNames' },
  { name: 'White House', kind: 'venue', country: 'USA', lat: 38.9, lon: -77.04, basis: 'drawn at Washington' },
];

/** The selector fixture with event locations and the bundle's `places`, for the map and the place filter; its articles are reporting, not fiction. */
export function placedFixture(): Bundle {
  const bundle = fixtureBundle();
  return {
    ...bundle,
    articles: bundle.articles.map((a) => ({ ...a, fiction: false })),
    events: bundle.events.map((e) => ({ ...e, location: LOCATIONS[e.id] ?? null })),
    places: PLACES,
  };
}
