import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectCoverage } from './coverage.ts';
import { disagreementDetail, disagreementSides, selectDifferences } from './differences.ts';
import { selectEventMask } from './filter-events.ts';
import { fixtureBundle, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;

describe('disagreements', () => {
  it('finds date and modality disagreements, not planned-then-occurred', () => {
    const row = selectCoverage(index, mask()).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)).toEqual({ reason: 'dates differ: 7 Jul 2025 / 8 Jul 2025', kinds: ['date'] });
    const sameDay = selectCoverage(index, mask({ outlets: ['hayom', 'cgtn'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(sameDay)).toBeNull();
  });

  it('finds reports naming different participants, with their sentences side by side', () => {
    const bundle = fixtureBundle();
    bundle.events.find((e) => e.id === 'a3#e1')!.target = ['netanyahu', 'vance'];
    const changed = buildBundleIndex(bundle);
    const matrix = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['cgtn', 'wire'] }));
    const names = { actor: (id: string) => changed.actorName.get(id) ?? id, outlet: (id: string) => changed.outletName.get(id) ?? id };
    const [d] = selectDifferences(matrix, names).disagreements;
    expect(d!.kinds).toEqual(['date', 'participants']);
    expect(d!.reason).toBe('dates differ: 7 Jul 2025 / 8 Jul 2025; participants differ: J.D. Vance named only by Wire');
    expect(disagreementSides(changed, d!.row).map((s) => [s.outlet, s.reports[0]!.sentence])).toEqual([
      ['CGTN', 'Trump hosted Netanyahu on Monday.'],
      ['Wire', 'Trump met Netanyahu on Tuesday.'],
    ]);
  });

  it('finds planned versus hypothetical and denied versus happening', () => {
    const bundle = fixtureBundle();
    bundle.events.find((e) => e.id === 'a3#e1')!.modality = 'hypothetical';
    bundle.events.find((e) => e.id === 'a3#e1')!.date = '2025-07-07';
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['hayom', 'wire'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)).toEqual({ reason: 'reported as scheduled and as only possible', kinds: ['modality'] });
  });
});

describe('disagreements are between outlets', () => {
  it('does not call one outlet\'s own two reports a disagreement', () => {
    const bundle = fixtureBundle();
    // Hayom's second report (c2) moved into c1 as hypothetical: Hayom alone says planned and hypothetical.
    const e = bundle.events.find((x) => x.id === 'a1#e2')!;
    Object.assign(e, { clusterId: 'c1', modality: 'hypothetical', date: '2025-07-07', source: ['trump'], target: ['netanyahu'] });
    bundle.clusters = bundle.clusters.filter((c) => c.id !== 'c2');
    bundle.clusters.find((c) => c.id === 'c1')!.eventIds.push('a1#e2');
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['hayom', 'cgtn'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)).toBeNull();
  });

  it('does not call one outlet giving two days a date disagreement when another outlet shares one of them', () => {
    const bundle = fixtureBundle();
    // Hayom's second report moved into c1, dated the 9th: Hayom says 7 and 9 July, CGTN 7 July.
    Object.assign(bundle.events.find((x) => x.id === 'a1#e2')!, { clusterId: 'c1', date: '2025-07-09', modality: 'planned', source: ['trump', 'netanyahu'], target: [] });
    bundle.clusters = bundle.clusters.filter((c) => c.id !== 'c2');
    bundle.clusters.find((c) => c.id === 'c1')!.eventIds.push('a1#e2');
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['hayom', 'cgtn'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(row.dayCount).toBe(2);
    expect(disagreementDetail(row)?.kinds ?? []).not.toContain('date');
  });

  it('compares days only: a month-precision date is not listed as a differing day', () => {
    const bundle = fixtureBundle();
    // Hayom's report dated only to the month; CGTN and Wire give 7 and 8 July.
    Object.assign(bundle.events.find((x) => x.id === 'a1#e1')!, { date: '2025-07-01', datePrecision: 'month' });
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, selectEventMask(changed, EMPTY_FILTERS)).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)?.reason).toBe('dates differ: 7 Jul 2025 / 8 Jul 2025');
  });
});

describe('CoverageRow.sameParticipants', () => {
  it('tells equal and different actor sets apart without cells, and defers to the cells when an outlet has two reports', () => {
    const row = (b: ReturnType<typeof fixtureBundle>, outlets: string[]) => {
      const ix = buildBundleIndex(b);
      return selectCoverage(ix, selectEventMask(ix, { ...EMPTY_FILTERS, outlets })).rows.find((r) => r.clusterId === 'c1')!;
    };
    expect(row(fixtureBundle(), ['hayom', 'cgtn', 'wire']).sameParticipants()).toBe(true);
    const vance = fixtureBundle();
    vance.events.find((e) => e.id === 'a3#e1')!.target = ['netanyahu', 'vance'];
    expect(row(vance, ['cgtn', 'wire']).sameParticipants()).toBe(false);
    const twice = fixtureBundle();
    Object.assign(twice.events.find((e) => e.id === 'a1#e2')!, { clusterId: 'c1' });
    twice.clusters = twice.clusters.filter((c) => c.id !== 'c2');
    expect(row(twice, ['hayom', 'cgtn']).sameParticipants()).toBeNull();
  });
});
