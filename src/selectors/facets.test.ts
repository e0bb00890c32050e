import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectFacets } from './facets.ts';
import { fixtureBundle } from './test-fixture.ts';

const index = buildBundleIndex(fixtureBundle());

describe('speaker facets', () => {
  it('counts the events each speaker is quoted about, with the other filters applied', () => {
    const facets = selectFacets(index, EMPTY_FILTERS);
    expect(facets.speakers.map((s) => [s.id, s.label, s.count])).toEqual([
      ['trump', 'Donald Trump', 1],
      ['unnamed:the-regime-in-tehran', 'The regime in Tehran (unnamed)', 1],
    ]);
    const narrowed = selectFacets(index, { ...EMPTY_FILTERS, speakers: ['trump'], outlets: ['wire'] });
    expect(narrowed.speakers.map((s) => [s.id, s.count])).toEqual([['unnamed:the-regime-in-tehran', 1], ['trump', 0]]);
  });
});
