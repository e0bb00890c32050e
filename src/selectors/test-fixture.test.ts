import { describe, expect, it } from 'vitest';
import { parseBundle } from '../model/bundle-schema.ts';
import { fixtureBundle } from './test-fixture.ts';

describe('the fixture', () => {
  it('stays a valid bundle and carries every comparison field, so selectors are tested on real values', () => {
    const bundle = fixtureBundle();
    expect(parseBundle(bundle).ok).toBe(true);
    expect(bundle.events.some((e) => e.actorLabels.length > 0 && e.tone.terms.length === 0)).toBe(true);
    expect(bundle.events.filter((e) => e.tone.terms.length > 0).map((e) => e.id)).toEqual(['a2#e2', 'a3#e2']);
    expect(bundle.loadedTerms.map((t) => t.text)).toEqual(['pressing', 'regime']);
    expect(bundle.reuse).toHaveLength(1);
    expect(bundle.clusters.find((c) => c.id === 'c1')).toMatchObject({ independentOutletIds: ['cgtn', 'hayom'], derived: [{ outletId: 'wire', fromOutletId: 'cgtn' }] });
  });
});
