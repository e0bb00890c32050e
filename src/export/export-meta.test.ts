import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../selectors/bundle-index.ts';
import { fixtureBundle } from '../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { describeFilters, filtersSlug } from './export-meta.ts';

const index = buildBundleIndex(fixtureBundle());

describe('export meta of the actor match mode', () => {
  it('says how the chosen actors combine, in words and in the file name', () => {
    const between = { ...EMPTY_FILTERS, actors: ['trump', 'netanyahu'], actorMatch: 'all' as const };
    expect(describeFilters(index, between)).toBe('Actors: Between Donald Trump and Benjamin Netanyahu');
    expect(filtersSlug(between)).toBe('actors-trump-netanyahu_match-all');
    const directed = { ...between, actorMatch: 'directed' as const };
    expect(describeFilters(index, directed)).toBe('Actors: Donald Trump acts on Benjamin Netanyahu');
    expect(describeFilters(index, { ...between, actorMatch: 'any' })).toBe('Actors: Donald Trump, Benjamin Netanyahu');
    expect(filtersSlug({ ...between, actorMatch: 'any' })).toBe('actors-trump-netanyahu');
  });
});
