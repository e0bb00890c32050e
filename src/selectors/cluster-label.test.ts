import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from './bundle-index.ts';
import { createClusterLabeller } from './cluster-label.ts';
import { fixtureBundle, fixtureIndex } from './test-fixture.ts';

const labelOf = (clusterId: string, index = fixtureIndex()) =>
  createClusterLabeller(index)(index.clusterIndex.get(clusterId)!);

describe('createClusterLabeller', () => {
  it('takes the verb a trigger calls for and puts the host first ("Y hosted X" is coded X visiting Y)', () => {
    expect(labelOf('c1')).toBe('Trump hosts Netanyahu');
  });

  it("uses the type's plain verb and the actors' short names", () => {
    expect(labelOf('c2')).toBe('Netanyahu meets Vance');
    expect(labelOf('c3')).toBe('Trump presses Netanyahu');
    expect(labelOf('c4')).toBe('United States sanctions Iran');
  });

  it('says a one-party event without an object', () => {
    const bundle = fixtureBundle();
    const sanction = bundle.events.find((e) => e.clusterId === 'c4')!;
    sanction.target = [];
    expect(labelOf('c4', buildBundleIndex(bundle))).toBe('United States imposes sanctions');
  });

  it('takes a co-source as object only for a mutual verb ("A and B met", not "A and B sanctioned")', () => {
    const bundle = fixtureBundle();
    const meeting = bundle.events.find((e) => e.clusterId === 'c2')!;
    const sanction = bundle.events.find((e) => e.clusterId === 'c4')!;
    [meeting.source, meeting.target] = [['netanyahu', 'vance'], []];
    [sanction.source, sanction.target] = [['usa', 'iran'], []];
    const index = buildBundleIndex(bundle);
    expect(labelOf('c2', index)).toBe('Netanyahu meets Vance');
    expect(labelOf('c4', index)).toBe('United States imposes sanctions');
  });

  it('returns null when the reports name no actor', () => {
    const bundle = fixtureBundle();
    for (const e of bundle.events.filter((e) => e.clusterId === 'c5')) [e.source, e.target] = [[], []];
    expect(labelOf('c5', buildBundleIndex(bundle))).toBeNull();
  });
});
