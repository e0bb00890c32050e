import { describe, expect, it } from 'vitest';
import { corroborationOf } from './corroboration.ts';
import { selectCoverage } from './coverage.ts';
import { fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;

describe('corroboration', () => {
  const c1 = index.clusterIndex.get('c1')!;

  it('counts independent outlets and names the outlet a derived report reuses', () => {
    const c = corroborationOf(index, c1);
    expect(c).toMatchObject({ independent: 2, outlets: 3, singleSource: false, text: '2 of 3 independent' });
    expect(c.derivedFrom.get('wire')).toEqual({ outletId: 'cgtn', outlet: 'CGTN', reuseId: 'r1' });
  });

  it('marks single-source clusters', () => {
    expect(corroborationOf(index, index.clusterIndex.get('c4')!)).toMatchObject({ independent: 1, outlets: 1, singleSource: true, text: '1 of 1 independent' });
  });
});

describe('coverage rows carry corroboration', () => {
  it('gives each row its independent count and derived reports, from the whole cluster', () => {
    const rows = selectCoverage(index, mask({ outlets: ['wire'] })).rows;
    const c1 = rows.find((r) => r.clusterId === 'c1')!;
    expect(c1.corroboration.text).toBe('2 of 3 independent');
    expect(c1.corroboration.derivedFrom.get('wire')!.outlet).toBe('CGTN');
    expect(rows.filter((r) => r.corroboration.singleSource).map((r) => r.clusterId)).toEqual(['c4', 'c5']);
  });
});
