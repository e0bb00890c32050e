import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectCoverage } from '../../selectors/coverage.ts';
import { selectDifferences } from '../../selectors/differences.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { restrictMatrix } from './restrict-matrix.ts';
import { emptyMessage, emptyReasons } from './empty-reason.ts';

const index = buildBundleIndex(fixtureBundle());
const matrix = selectCoverage(index, selectEventMask(index, EMPTY_FILTERS));

describe('restrictMatrix', () => {
  it('keeps only the chosen outlets’ cells and the rows they reported', () => {
    const two = restrictMatrix(matrix, ['cgtn', 'hayom']);
    expect(two.outlets.map((o) => o.id)).toEqual(['cgtn', 'hayom']);
    expect(two.rows.map((r) => [r.clusterId, r.outletCount])).toEqual([
      ['c1', 2],
      ['c2', 1],
      ['c3', 1],
    ]);
    expect(matrix.rows.find((r) => r.clusterId === 'c1')!.outletCount).toBe(3);
  });

  it('makes exclusives exclusive among the chosen outlets', () => {
    const diff = selectDifferences(restrictMatrix(matrix, ['cgtn', 'hayom']));
    expect(diff.exclusives.map((x) => [x.row.clusterId, x.outletId])).toEqual([
      ['c2', 'hayom'],
      ['c3', 'cgtn'],
    ]);
    expect(diff.disagreements.map((d) => d.row.clusterId)).toEqual([]);
  });
});

describe('emptyReasons', () => {
  it('names the filter whose removal brings events back', () => {
    const filters = { ...EMPTY_FILTERS, outlets: ['hayom'], types: ['SANCTION' as const] };
    const reasons = emptyReasons(index, filters);
    expect(reasons.map((r) => [r.key, r.count])).toEqual([
      ['types', 2],
      ['outlets', 1],
    ]);
    expect(emptyMessage(reasons)).toBe('No events match these filters. Without the Event types filter, 2 would show.');
    expect(emptyMessage([])).toMatch(/loosen more than one/);
  });

  it('names the Speakers and Independent sources filters too', () => {
    const speakers = emptyReasons(index, { ...EMPTY_FILTERS, speakers: ['trump'], outlets: ['wire'] });
    expect(speakers.map((r) => [r.key, r.label, r.count])).toEqual([['outlets', 'Outlets', 1], ['speakers', 'Speakers', 3]].sort((a, b) => Number(b[2]) - Number(a[2])));
    const sources = emptyReasons(index, { ...EMPTY_FILTERS, minSources: 2, types: ['SANCTION'] });
    expect(emptyMessage(sources)).toBe('No events match these filters. Without the Event types filter, 3 would show.');
    expect(sources.map((r) => r.label)).toContain('Independent sources');
  });
});
