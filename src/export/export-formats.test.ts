import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../selectors/bundle-index.ts';
import { selectEventMask } from '../selectors/filter-events.ts';
import { fixtureBundle } from '../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { csvField, defuseFormula, toCsv, toJson } from './export-formats.ts';
import { buildExportMeta, bundleHash, exportFileName, filtersSlug } from './export-meta.ts';
import { EXPORT_COLUMNS, selectExportRows } from './export-rows.ts';
import { parseCsv } from './read-csv.ts';

const index = buildBundleIndex(fixtureBundle());
const trumpOnly = { ...EMPTY_FILTERS, actors: ['trump'] };
const now = new Date('2026-11-23T10:00:00Z');

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.8)).toBe('0.8');
    expect(csvField(['Donald Trump', 'J.D. Vance'])).toBe('Donald Trump; J.D. Vance');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(defuseFormula(bad).startsWith("'")).toBe(true);
    expect(defuseFormula('Trump met Netanyahu')).toBe('Trump met Netanyahu');
    expect(csvField('=1+1, then')).toBe(`"'=1+1, then"`);
  });
});

describe('events export', () => {
  it('exports only the events passing the filters: every row involves the chosen actor', () => {
    const rows = selectExportRows(index, selectEventMask(index, trumpOnly));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(index.eventCount);
    for (const r of rows) expect([...r.sourceIds, ...r.targetIds]).toContain('trump');
    expect(rows[0]).toMatchObject({
      id: 'a1#e1',
      outlet: 'Hayom',
      quadClass: 'verbal-cooperation',
      published: '2025-07-07',
      articleUrl: 'https://example.org/a1',
    });
  });

  it('writes the CSV header on line 1: no byte order mark, no comment lines', () => {
    const rows = selectExportRows(index, selectEventMask(index, trumpOnly));
    const csv = toCsv(rows);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(EXPORT_COLUMNS.map((c) => c.header).join(','));
    expect(csv).not.toMatch(/^#/m);
    const table = parseCsv(csv);
    expect(table[0]!.slice(0, 3)).toEqual(['event_id', 'date', 'date_precision']);
    expect(table).toHaveLength(rows.length + 1);
    expect(table[1]![table[0]!.indexOf('evidence_sentence')]).toBe('Trump is set to meet Netanyahu on Monday.');
  });

  it('names the filters and the bundle in the meta, the JSON export and the file name', () => {
    const rows = selectExportRows(index, selectEventMask(index, trumpOnly));
    const meta = buildExportMeta(index, trumpOnly, rows.length, now);
    expect(meta).toMatchObject({
      bundleSchemaVersion: 2,
      bundleName: 'bundle.json (seed articles)',
      filtersText: 'Actors: Donald Trump',
      filtersQuery: '?actors=trump',
      rowCount: rows.length,
      exportedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(buildExportMeta(index, trumpOnly, rows.length, now, 'demo').bundleName).toBe(
      'bundle-demo.json (seed articles and the fictional demo corpus)',
    );
    expect(meta.bundleHash).toMatch(/^[0-9a-f]{12}$/);
    expect(bundleHash(index.bundle)).toBe(meta.bundleHash);
    const json = JSON.parse(toJson(rows, meta));
    expect(json.meta.filters.actors).toEqual(['trump']);
    expect(json.events).toHaveLength(rows.length);
    expect(json.events[0].source_ids).toEqual(['trump', 'netanyahu']);
    expect(exportFileName('events', trumpOnly, meta.exportedAt, 'csv')).toBe(
      'parley-events-actors-trump-2026-11-23.csv',
    );
  });

  it('exports an event whose date is not stated with an empty date, its publication date and precision "unknown"', () => {
    const rows = selectExportRows(index, selectEventMask(index, EMPTY_FILTERS));
    expect(rows.find((r) => r.id === 'a2#e2')).toMatchObject({
      date: null,
      precision: 'unknown',
      published: '2025-07-08',
    });
    expect(rows.find((r) => r.id === 'a3#e2')).toMatchObject({
      date: '2025-02-01',
      precision: 'month',
      published: '2025-07-09',
    });
    const table = parseCsv(toCsv(rows));
    const undated = table.find((r) => r[0] === 'a2#e2')!;
    expect(undated[table[0]!.indexOf('date')]).toBe('');
    expect(undated[table[0]!.indexOf('published')]).toBe('2025-07-08');
    expect(undated[table[0]!.indexOf('date_precision')]).toBe('unknown');
  });

  it('marks rows from fictional articles in a fiction column', () => {
    const bundle = fixtureBundle();
    bundle.articles = bundle.articles.map((a) => ({ ...a, fiction: a.id !== 'a2' }));
    const mixed = buildBundleIndex(bundle);
    const rows = selectExportRows(mixed, selectEventMask(mixed, EMPTY_FILTERS));
    expect(rows.filter((r) => !r.fiction).map((r) => r.articleId)).toEqual(['a2', 'a2']);
    const table = parseCsv(toCsv(rows));
    const fiction = table[0]!.indexOf('fiction');
    expect(table.slice(1).map((r) => r[fiction])).toEqual(rows.map((r) => (r.fiction ? 'true' : 'false')));
  });

  it('keeps file names safe', () => {
    const hostile = { ...EMPTY_FILTERS, query: 'a,"b"\n=cmd' };
    expect(filtersSlug(hostile)).toBe('q-a-b-cmd');
    expect(filtersSlug(EMPTY_FILTERS)).toBe('all');
  });
});
