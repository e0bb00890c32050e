import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectCoverage } from './coverage.ts';
import { selectEventMask } from './filter-events.ts';
import { rankOutlets, selectOutletCounts } from './outlet-counts.ts';
import { selectOutletProfiles } from './outlet-profiles.ts';
import { fixtureFilters, repeatReportBundle } from './test-support/count-fixture.ts';

const bundle = repeatReportBundle();
const index = buildBundleIndex(bundle);

/** The two counts straight from the bundle's records, independent of every index array. */
function countsFromRecords(filters: Filters): Map<string, { reports: number; realWorldEvents: number }> {
  const mask = selectEventMask(index, filters);
  const byOutlet = new Map<string, { reports: number; clusters: Set<string> }>();
  bundle.events.forEach((e, i) => {
    if (!mask.pass[i]) return;
    const outlet = bundle.articles.find((a) => a.id === e.articleId)!.outletId;
    const entry = byOutlet.get(outlet) ?? { reports: 0, clusters: new Set<string>() };
    entry.reports++;
    entry.clusters.add(e.clusterId);
    byOutlet.set(outlet, entry);
  });
  return new Map([...byOutlet].map(([id, c]) => [id, { reports: c.reports, realWorldEvents: c.clusters.size }]));
}

describe('selectOutletCounts', () => {
  it('counts an outlet telling one event twice as two reports of one real-world event', () => {
    const counts = selectOutletCounts(index, selectEventMask(index, EMPTY_FILTERS));
    const cgtn = index.outletIndex.get('cgtn')!;
    expect([counts.reports[cgtn], counts.realWorldEvents[cgtn]]).toEqual([3, 2]);
    expect(rankOutlets(index, counts).map((o) => [o.id, o.realWorldEvents, o.reports])).toEqual([
      ['wire', 3, 3],
      ['cgtn', 2, 3],
      ['hayom', 2, 2],
    ]);
  });
});

describe('Coverage and Profiles count from one definition', () => {
  it('agree with the records, and with each other, under any filters', () => {
    fc.assert(
      fc.property(fixtureFilters, (filters) => {
        const truth = countsFromRecords(filters);
        const mask = selectEventMask(index, filters);
        const matrix = selectCoverage(index, mask);
        const profiles = selectOutletProfiles(index, mask);
        // Coverage columns: real-world events, and exactly the rows with a mark in the column.
        expect(new Map(matrix.outlets.map((o) => [o.id, o.count]))).toEqual(
          new Map([...truth].map(([id, c]) => [id, c.realWorldEvents])),
        );
        for (const o of matrix.outlets) expect(matrix.rows.filter((r) => r.hasOutlet(o.id)).length).toBe(o.count);
        // Profiles cards: both counts, the same outlets in the same busiest-first order.
        expect(
          new Map(profiles.map((p) => [p.outletId, { reports: p.reports, realWorldEvents: p.realWorldEvents }])),
        ).toEqual(truth);
        expect(profiles.map((p) => p.outletId)).toEqual(matrix.outlets.map((o) => o.id));
        // The bars of a card share out its reports.
        for (const p of profiles) expect(p.types.reduce((n, t) => n + t.count, 0)).toBe(p.reports);
      }),
      { numRuns: 150 },
    );
  });
});
