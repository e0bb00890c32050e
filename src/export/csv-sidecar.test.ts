import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../selectors/bundle-index.ts';
import { selectEventMask } from '../selectors/filter-events.ts';
import { fixtureBundle } from '../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { buildCsvSidecar, sidecarFileName } from './csv-sidecar.ts';
import { buildExportMeta } from './export-meta.ts';
import { EXPORT_COLUMNS, selectExportRows } from './export-rows.ts';

const now = new Date('2026-11-23T10:00:00Z');

function sidecarOf(fictionArticles: string[]) {
  const bundle = fixtureBundle();
  bundle.articles = bundle.articles.map((a) => ({ ...a, fiction: fictionArticles.includes(a.id) }));
  const index = buildBundleIndex(bundle);
  const filters = { ...EMPTY_FILTERS, actors: ['trump'] };
  const rows = selectExportRows(index, selectEventMask(index, filters));
  return {
    rows,
    sidecar: buildCsvSidecar(
      rows,
      buildExportMeta(index, filters, rows.length, now),
      'parley-events-actors-trump-2026-11-23.csv',
    ),
  };
}

describe('the CSV sidecar', () => {
  it('is named after the CSV it describes', () => {
    expect(sidecarFileName('parley-events-actors-trump-2026-11-23.csv')).toBe(
      'parley-events-actors-trump-2026-11-23.csv-meta.json',
    );
  });

  it('names the CSV, the bundle, the filters, the export time and the counts', () => {
    const { rows, sidecar } = sidecarOf(['a2']);
    expect(sidecar).toMatchObject({
      describes: 'parley-events-actors-trump-2026-11-23.csv',
      bundleName: 'bundle.json (seed articles)',
      bundleSchemaVersion: 2,
      filtersText: 'Actors: Donald Trump',
      filtersQuery: '?actors=trump',
      exportedAt: '2026-11-23T10:00:00.000Z',
      counts: { rows: rows.length, dateNotStated: 1, fiction: 2 },
    });
    expect(sidecar.counts.rows).toBeGreaterThan(2);
  });

  it('describes every CSV column, in order', () => {
    const { sidecar } = sidecarOf([]);
    expect(sidecar.columns.map((c) => c.name)).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    for (const c of sidecar.columns) expect(c.description.length).toBeGreaterThan(10);
  });

  it('says whether fictional rows are present, and whose text the sentences are', () => {
    expect(sidecarOf([]).sidecar.notes.fiction).toMatch(/^No row comes from a fictional article/);
    expect(sidecarOf(['a1', 'a2']).sidecar.notes.fiction).toMatch(/^\d+ rows? .*fiction/);
    expect(sidecarOf([]).sidecar.notes.licence).toMatch(/copyright/i);
    expect(sidecarOf([]).sidecar.notes.dates).toMatch(/empty date/);
  });
});
