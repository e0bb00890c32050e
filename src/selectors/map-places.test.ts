import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectEventMask } from './filter-events.ts';
import { countMapSites, describeSite, mapSitesOf } from './map-places.ts';
import { fixtureBundle } from './test-fixture.ts';
import { placedFixture } from './test-support/placed-fixture.ts';

const index = buildBundleIndex(placedFixture());
const sites = mapSitesOf(index);
const countsUnder = (filters = EMPTY_FILTERS) => countMapSites(index, sites, selectEventMask(index, filters));

describe('map sites', () => {
  it('draws names at one point as one site, named by its city, and leaves out places without a point', () => {
    expect(sites.sites.map((s) => [s.label, s.names])).toEqual([
      ['Washington', ['Washington', 'White House']],
      ['Jerusalem', ['Jerusalem']],
      ['Iran', ['Iran']],
    ]);
    expect(sites.sites[0]).toMatchObject({ lat: 38.9, lon: -77.04, kind: 'city' });
  });

  it('treats a bundle without places as having every location off the map', () => {
    const bare = buildBundleIndex(fixtureBundle());
    expect(mapSitesOf(bare).sites).toEqual([]);
  });
});

describe('counting events per site', () => {
  it('counts events, cooperation and conflict per site, and those off the map or without a place', () => {
    const counts = countsUnder();
    expect(counts.sites.map((s) => [s.site.label, s.count, s.cooperation, s.conflict])).toEqual([
      ['Washington', 3, 3, 0],
      ['Iran', 1, 1, 0],
      ['Jerusalem', 1, 1, 0],
    ]);
    expect(counts.offMap).toBe(1);
    expect(counts.offMapNames).toEqual([{ name: 'Atlantis', count: 1 }]);
    expect(counts.noPlace).toBe(1);
  });

  it('counts only the events of the mask', () => {
    const counts = countsUnder({ ...EMPTY_FILTERS, types: ['SANCTION', 'REQUEST'] });
    expect(counts.sites).toEqual([]);
    expect(counts.offMap).toBe(1);
    expect(counts.noPlace).toBe(1);
  });

  it('marks a site as fiction only when all its events are fictional', () => {
    const bundle = placedFixture();
    bundle.articles = bundle.articles.map((a) => ({ ...a, fiction: a.id === 'a1' }));
    const fictionIndex = buildBundleIndex(bundle);
    const counts = countMapSites(fictionIndex, mapSitesOf(fictionIndex), selectEventMask(fictionIndex, EMPTY_FILTERS));
    const byLabel = new Map(counts.sites.map((s) => [s.site.label, s]));
    expect(byLabel.get('Jerusalem')!.fiction).toBe(true);
    expect(byLabel.get('Washington')!.fiction).toBe(false);
  });

  it('says what a site holds in words', () => {
    const washington = countsUnder().sites[0]!;
    expect(describeSite(washington)).toBe('Washington (also White House): 3 events, 3 cooperation, 0 conflict');
  });
});
