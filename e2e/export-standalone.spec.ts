import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';

// Issue 11, "Exports that stand alone": a CSV any data-frame reader opens as a table, its description in a
// sidecar JSON beside it; undated events with an empty date; fiction marked on every row.

type BundleEvent = {
  id: string;
  articleId: string;
  type: string;
  datePrecision: string;
  source: string[];
  target: string[];
};
type BundleArticle = { id: string; fiction: boolean; published: string | null };

const exportGroup = (page: Page) => page.getByRole('group', { name: 'Export' });

/** Clicks and waits for `count` downloads; returns them by file name with their text. */
async function downloads(page: Page, count: number, click: () => Promise<void>): Promise<Map<string, string>> {
  const files: Download[] = [];
  const done = new Promise<void>((resolve) =>
    page.on('download', (d) => {
      files.push(d);
      if (files.length === count) resolve();
    }),
  );
  await click();
  await done;
  const out = new Map<string, string>();
  for (const f of files) out.set(f.suggestedFilename(), await readFile((await f.path())!, 'utf8'));
  return out;
}

/** The bundle the page shows. */
async function bundleOf(page: Page, file: string) {
  return page.evaluate(async (url) => (await fetch(url)).json(), `/data/${file}`) as Promise<{
    events: BundleEvent[];
    articles: BundleArticle[];
  }>;
}

test('the CSV reads back with d3-dsv: header on line 1, the expected columns, one row per event under the filters; a sidecar JSON describes it', async ({
  page,
}) => {
  await page.goto('/?actors=benjamin-netanyahu&types=CONSULT');
  await expect(page.getByRole('button', { name: 'Remove filter CONSULT' })).toBeVisible();
  const bundle = await bundleOf(page, 'bundle.json');
  const expected = bundle.events.filter(
    (e) => e.type === 'CONSULT' && [...e.source, ...e.target].includes('benjamin-netanyahu'),
  );
  const files = await downloads(page, 2, () =>
    exportGroup(page).getByRole('button', { name: 'Download events as CSV' }).click(),
  );
  const csvName = [...files.keys()].find((n) => n.endsWith('.csv'))!;
  expect(csvName).toMatch(/^parley-events-actors-benjamin-netanyahu_types-consult-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = files.get(csvName)!;
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text.split('\r\n')[0]).toMatch(/^event_id,date,date_precision,/);
  const table = csvParse(text);
  for (const column of ['event_id', 'date', 'date_precision', 'published', 'fiction', 'type', 'evidence_sentence'])
    expect(table.columns).toContain(column);
  expect(table).toHaveLength(expected.length);
  expect(table.map((r) => r.event_id).sort()).toEqual(expected.map((e) => e.id).sort());
  // Undated events (date not stated): empty date, their publication date and precision in their own columns.
  const undated = expected.filter((e) => e.datePrecision === 'unknown');
  expect(undated.length).toBeGreaterThan(0);
  for (const e of undated) {
    const row = table.find((r) => r.event_id === e.id)!;
    expect(row.date).toBe('');
    expect(row.date_precision).toBe('unknown');
    expect(row.published).toBe(bundle.articles.find((a) => a.id === e.articleId)!.published);
  }
  for (const row of table) expect(row.fiction).toBe('false');
  const sidecar = JSON.parse(files.get(`${csvName}-meta.json`)!);
  expect(sidecar).toMatchObject({
    describes: csvName,
    bundleName: 'bundle.json (seed articles)',
    filtersText: 'Actors: Benjamin Netanyahu; Event types: CONSULT',
    counts: { rows: expected.length, dateNotStated: undated.length, fiction: 0 },
  });
  expect(sidecar.columns.map((c: { name: string }) => c.name)).toEqual(table.columns);
  await expect(exportGroup(page).getByRole('status')).toContainText(`${expected.length} events`);
});

test('in the demo corpus every row from a fictional article says fiction = true, and the sidecar counts them', async ({
  page,
}) => {
  await page.goto('/?corpus=demo');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const bundle = await bundleOf(page, 'bundle-demo.json');
  const fictional = new Set(bundle.articles.filter((a) => a.fiction).map((a) => a.id));
  const files = await downloads(page, 2, () =>
    exportGroup(page).getByRole('button', { name: 'Download events as CSV' }).click(),
  );
  const csvName = [...files.keys()].find((n) => n.endsWith('.csv'))!;
  const table = csvParse(files.get(csvName)!);
  expect(table).toHaveLength(bundle.events.length);
  const articleOf = new Map(bundle.events.map((e) => [e.id, e.articleId]));
  for (const row of table) expect(row.fiction).toBe(String(fictional.has(articleOf.get(row.event_id!)!)));
  const fictionRows = table.filter((r) => r.fiction === 'true').length;
  expect(fictionRows).toBeGreaterThan(0);
  expect(fictionRows).toBeLessThan(table.length);
  const sidecar = JSON.parse(files.get(`${csvName}-meta.json`)!);
  expect(sidecar.bundleName).toMatch(/^bundle-demo\.json/);
  expect(sidecar.counts.fiction).toBe(fictionRows);
  expect(sidecar.notes.fiction).toContain('not reporting');
});

/** An exported SVG as the browser parses it: size and every text, in document order. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      height: Number(doc.documentElement.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
}

/** Downloads the chosen chart as SVG and PNG; the PNG is saved under test-results/screenshots to look at. */
async function exportChart(page: Page, chart: string, pngName: string) {
  await exportGroup(page).getByLabel('Chart to export').selectOption(chart);
  const svgFiles = await downloads(page, 1, () =>
    exportGroup(page).getByRole('button', { name: 'Download chart as SVG' }).click(),
  );
  const svg = [...svgFiles.values()][0]!;
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup(page).getByRole('button', { name: 'Download chart as PNG' }).click(),
  ]);
  const path = `test-results/screenshots/${pngName}.png`;
  await png.saveAs(path);
  const bytes = await readFile(path);
  return { svg, parsed: await readSvg(page, svg), pngHeight: bytes.readUInt32BE(20) };
}

/** A row label's date as the app writes it at its precision ("7 Jul 2025", "week of 7 Jul 2025", "Jul 2025", "2025"), or "undated". */
const ROW_DATE = /^((week of )?\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4}|undated)$/;

test('the coverage-matrix image holds every row under the filters (not only those scrolled into view), its legend and a caption', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const grid = page.getByRole('grid', { name: /Coverage matrix/ });
  await expect(grid).toBeVisible();
  const rowCount = Number(await grid.getAttribute('aria-rowcount')) - 1;
  const onScreen = async () => (await grid.getByRole('row').count()) - 1;
  // The premise: far more rows than the grid renders at once.
  expect(rowCount).toBeGreaterThan(30);
  expect(await onScreen()).toBeLessThan(rowCount);
  const { svg, parsed, pngHeight } = await exportChart(page, 'coverage', 'export-coverage-whole');
  expect(parsed.error).toBeNull();
  expect(parsed.texts.filter((t) => ROW_DATE.test(t))).toHaveLength(rowCount);
  expect(parsed.height).toBeGreaterThan(rowCount * 36);
  expect(pngHeight).toBe(parsed.height * 2);
  // The caption: chart, filters, bundle name, and that every row is there.
  expect(parsed.texts[0]).toBe('Parley — Coverage matrix');
  expect(parsed.texts[1]).toBe('Filters: No filters (all events)');
  expect(parsed.texts[2]).toMatch(/^bundle\.json \(seed articles\) · schema 2 · .*hash [0-9a-f]{12}/);
  expect(parsed.texts[3]).toBe(`All ${rowCount} events under the filters`);
  // The legend.
  expect(svg).toContain('solid dot: occurred');
  expect(svg).toContain('struck ring: denied');
  // The page's grid is virtualised again afterwards.
  await expect.poll(onScreen).toBeLessThan(rowCount);
});

test('a narrower filter gives a shorter coverage image: the image follows the rows under the filters', async ({
  page,
}) => {
  await page.goto('/?actors=steve-witkoff');
  const grid = page.getByRole('grid', { name: /Coverage matrix/ });
  await expect(grid).toBeVisible();
  const rowCount = Number(await grid.getAttribute('aria-rowcount')) - 1;
  const { parsed } = await exportChart(page, 'coverage', 'export-coverage-witkoff');
  expect(parsed.texts.filter((t) => ROW_DATE.test(t))).toHaveLength(rowCount);
  expect(parsed.texts[1]).toBe('Filters: Actors: Steve Witkoff');
  expect(parsed.height).toBeLessThan(136 + (rowCount + 6) * 36 + 200);
});

test('timeline and network images carry their legend and caption, and none of the on-screen hints', async ({
  page,
}) => {
  await page.goto('/?actors=benjamin-netanyahu');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('button', { name: /CONSULT/ }).first()).toBeVisible();
  await expect(timeline).toContainText('Drag to pan');
  const network = page.getByRole('region', { name: 'Actor network' });
  await expect(network).toContainText('Click an actor to filter every view by it');
  const shot = await exportChart(page, 'timeline', 'export-timeline-captioned');
  expect(shot.parsed.texts.slice(0, 2)).toEqual(['Parley — Timeline', 'Filters: Actors: Benjamin Netanyahu']);
  expect(shot.parsed.texts[2]).toMatch(/^bundle\.json \(seed articles\) · schema 2 · /);
  expect(shot.svg).toContain('Verbal cooperation');
  expect(shot.svg).not.toContain('Drag to pan');
  expect(shot.svg).not.toContain('click a mark for its evidence');
  const net = await exportChart(page, 'network', 'export-network-captioned');
  expect(net.parsed.texts[0]).toBe('Parley — Actor network');
  expect(net.svg).toContain('cooperation');
  expect(net.svg).not.toContain('Click an actor to filter');
  expect(net.svg).not.toContain('scroll to zoom');
});
