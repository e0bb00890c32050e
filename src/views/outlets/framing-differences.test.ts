import { allRows } from '../../model/columns/lazy-rows.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectCoverage } from '../../selectors/coverage.ts';
import { selectDifferences } from '../../selectors/differences.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { selectFraming } from '../../selectors/framing.ts';
import { comparedOutlets, fixtureFilters, repeatReportBundle } from '../../selectors/test-support/count-fixture.ts';
import { EMPTY_FILTERS, type Filters } from '../../state/filters.ts';
import { restrictMatrix, restrictRow } from './restrict-matrix.ts';

const index = buildBundleIndex(repeatReportBundle());
const OUTLETS = ['hayom', 'cgtn', 'wire'];

/** What the two tabs say about every cluster: Framing's disagreement call-out, and Differences' list entry. */
function bothTabs(filters: Filters, outletIds: string[]) {
  const matrix = selectCoverage(index, selectEventMask(index, filters));
  const listed = new Map(
    selectDifferences(restrictMatrix(matrix, outletIds)).disagreements.map((d) => [
      d.row.clusterId,
      { reason: d.reason, kinds: d.kinds },
    ]),
  );
  const framed = allRows(index.bundle.clusters).map(
    (c) => [c.id, selectFraming(index, c.id, restrictRow(matrix, c.id, outletIds))!] as const,
  );
  return { listed, framed };
}

describe('Framing and Differences find disagreements with one function', () => {
  it('Framing calls out the date disagreement Differences lists, and a plan then its outcome only as wording', () => {
    const { listed, framed } = bothTabs({ ...EMPTY_FILTERS, modalities: ['planned', 'occurred'] }, OUTLETS);
    const c1 = framed.find(([id]) => id === 'c1')![1];
    expect(c1.disagreement).toEqual({ reason: 'dates differ: 7 Jul 2025 / 8 Jul 2025', kinds: ['date'] });
    expect(listed.get('c1')).toEqual(c1.disagreement);
    expect(c1.differences.modalities).toEqual(['occurred', 'planned']);
    // CGTN's denial is outside the modality filter: shown, not compared.
    expect(c1.reports.filter((r) => !r.compared).map((r) => r.eventId)).toEqual(['a2#e9']);
  });

  it('compares only the compared outlets, as Differences does', () => {
    const { listed, framed } = bothTabs(EMPTY_FILTERS, ['hayom', 'cgtn']);
    const c1 = framed.find(([id]) => id === 'c1')![1];
    expect(c1.disagreement?.kinds).toEqual(['modality']);
    expect(listed.get('c1')).toEqual(c1.disagreement);
    expect(c1.comparedOutlets).toBe(2);
    expect(c1.reports.find((r) => r.outletId === 'wire')!.compared).toBe(false);
  });

  it('under any filters and any compared outlets, Differences lists exactly the disagreements Framing shows', () => {
    fc.assert(
      fc.property(fixtureFilters, comparedOutlets, (filters, outletIds) => {
        const { listed, framed } = bothTabs(filters, outletIds);
        for (const [id, framing] of framed) expect(listed.get(id) ?? null).toEqual(framing.disagreement);
      }),
      { numRuns: 150 },
    );
  });
});
