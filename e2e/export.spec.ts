import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../src/export/read-csv.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';
import { withoutColumnarBundle } from './support/json-bundle.ts';

/** The CSV's table: the header on line 1, then the rows. */
function csvTable(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

const exportGroup = (page: Page) => page.getByRole('group', { name: 'Export' });
const promises = (page: Page) => page.getByRole('region', { name: 'Promises' });

test('exporting CSV under an actor filter gives only events involving that actor', async ({ page }) => {
  await page.goto('/?actors=steve-witkoff');
  await expect(page.getByRole('button', { name: 'Remove filter Steve Witkoff' })).toBeVisible();
  const expected = await page.evaluate(async () => {
    const bundle = await (await fetch('/data/bundle.json')).json();
    return bundle.events.filter((e: { source: string[]; target: string[] }) =>
      [...e.source, ...e.target].includes('steve-witkoff'),
    ).length as number;
  });
  const { file, text } = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download events as CSV' }).click(),
  );
  expect(file.suggestedFilename()).toMatch(/^parley-events-actors-steve-witkoff-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.startsWith('event_id,')).toBe(true);
  const { header, rows } = csvTable(text);
  expect(header).toContain('evidence_sentence');
  expect(rows).toHaveLength(expected);
  for (const row of rows) expect(`${row.source_ids}; ${row.target_ids}`.split('; ')).toContain('steve-witkoff');
  for (const row of rows) expect(row.evidence_sentence?.length).toBeGreaterThan(10);
  await expect(exportGroup(page).getByRole('status')).toContainText(`${expected} events`);
});

test("the JSON export's meta names the filter and the bundle version", async ({ page }) => {
  await page.goto('/?actors=steve-witkoff&types=CONSULT');
  await expect(page.getByRole('button', { name: 'Remove filter CONSULT' })).toBeVisible();
  const { text } = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download events as JSON' }).click(),
  );
  const json = JSON.parse(text);
  expect(json.meta).toMatchObject({
    app: 'Parley',
    bundleSchemaVersion: 2,
    filters: { actors: ['steve-witkoff'], types: ['CONSULT'] },
    filtersQuery: '?actors=steve-witkoff&types=CONSULT',
  });
  expect(json.meta.filtersText).toBe('Actors: Steve Witkoff; Event types: CONSULT');
  expect(json.meta.bundleHash).toMatch(/^[0-9a-f]{12}$/);
  expect(json.meta.rowCount).toBe(json.events.length);
  for (const e of json.events) expect(e.type).toMatch(/^CONSULT/);
});

test('the copied link restores filters, selection and the as-of day in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?actors=benjamin-netanyahu&types=CONSULT&asof=2025-07-08');
  await promises(page)
    .getByRole('button', { name: /Pete Hegseth/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Evidence' })).toContainText('Pete Hegseth');
  await exportGroup(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(exportGroup(page).getByRole('status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('button', { name: 'Remove filter Benjamin Netanyahu' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Remove filter CONSULT' })).toBeVisible();
  await expect(other.getByRole('complementary', { name: 'Evidence' })).toContainText(
    'On Wednesday, he will meet with Defense Secretary Pete Hegseth',
  );
  await expect(other.getByLabel('As of')).toHaveValue('2025-07-08');
});

test('without the clipboard API the link is offered selected in a field', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('/?actors=steve-witkoff');
  await exportGroup(page).getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toHaveValue(/actors=steve-witkoff/);
  await expect(field).toBeFocused();
  await expect(exportGroup(page).getByRole('status')).toContainText('Ctrl+C');
});

test('the Promises region shows open promises as of a date; clicking one fills the evidence panel', async ({
  page,
}) => {
  await page.goto('/');
  const region = promises(page);
  await expect(region.getByLabel('As of')).toHaveValue('2025-07-09');
  await region.getByLabel('As of').fill('2025-07-08');
  await region.getByLabel('As of').press('Enter');
  await expect(page).toHaveURL(/asof=2025-07-08/);
  const open = region.getByRole('list', { name: /Open/ });
  const kept = region.getByRole('list', { name: /Kept/ });
  // Netanyahu's meeting with Vance, announced on 7 July for the 8th, is reported held only on 9 July.
  await expect(open.getByRole('button', { name: /J\.?D\.? Vance/ })).toBeVisible();
  await expect(open.getByText('not reported held in this corpus as of 8 Jul 2025').first()).toBeVisible();
  await expect(promises(page)).not.toContainText('overdue');
  await expect(kept).toContainText('CGTN');
  await open.getByRole('button', { name: /Pete Hegseth/ }).click();
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText('On Wednesday, he will meet with Defense Secretary Pete Hegseth');
  await region.getByLabel('As of').fill('2025-07-09');
  await region.getByLabel('As of').press('Enter');
  await expect(open.getByRole('button', { name: /J\.?D\.? Vance/ })).toHaveCount(0);
  await expect(kept.getByRole('button', { name: /Coinfomania/ }).first()).toBeVisible();
});

test('the Promises list follows the shared filters', async ({ page }) => {
  await page.goto('/?actors=pete-hegseth');
  const open = promises(page).getByRole('list', { name: /Open/ });
  await expect(open.getByRole('listitem')).toHaveCount(1);
  // Journey 3: with Modality set to planned, the reports that kept them (occurred) still count: Witkoff's trip,
  // Netanyahu's meetings with Vance and Johnson, and "a meeting between Trump and Netanyahu was planned for
  // Monday night" (Israel Hayom), reported held by CGTN.
  await page.goto('/?modality=planned');
  await expect(promises(page).getByRole('list', { name: /Kept/ }).getByRole('listitem')).toHaveCount(4);
  await page.goto('/?modality=occurred');
  await expect(promises(page)).toContainText('No planned events pass the filters');
});

test('the SVG export of the timeline is a valid SVG with the title line; PNG is twice the size', async ({ page }) => {
  await page.goto('/?actors=steve-witkoff');
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /CONSULT/ })
      .first(),
  ).toBeVisible();
  await exportGroup(page).getByLabel('Chart to export').selectOption('timeline');
  const { file, text } = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download chart as SVG' }).click(),
  );
  expect(file.suggestedFilename()).toMatch(/^parley-timeline-actors-steve-witkoff-.*\.svg$/);
  const check = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, text);
  expect(check.error).toBeNull();
  expect(check.root).toBe('svg');
  expect(check.texts[0]).toBe('Parley — Timeline');
  expect(check.texts[1]).toBe('Filters: Actors: Steve Witkoff');
  expect(check.texts[2]).toMatch(/^bundle\.json \(seed articles\) · schema 2 · .*hash [0-9a-f]{12}/);
  expect(text).not.toContain('oklch(');
  const png = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download chart as PNG' }).click(),
  );
  const bytes = await readFile((await png.file.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(check.width * 2);
  expect(bytes.readUInt32BE(20)).toBe(check.height * 2);
  await png.file.saveAs('test-results/screenshots/export-timeline.png');
});

test('the coverage matrix and the network export as SVG', async ({ page }) => {
  await page.goto('/?actors=donald-trump');
  await expect(page.getByRole('grid', { name: /Coverage matrix/ })).toBeVisible();
  for (const [chart, title] of [
    ['coverage', 'Coverage matrix'],
    ['network', 'Actor network'],
  ] as const) {
    await exportGroup(page).getByLabel('Chart to export').selectOption(chart);
    const { text } = await download(page, () =>
      exportGroup(page).getByRole('button', { name: 'Download chart as SVG' }).click(),
    );
    expect(text).toContain(`Parley — ${title}`);
    expect(text).toContain('Donald Trump');
    const png = await download(page, () =>
      exportGroup(page).getByRole('button', { name: 'Download chart as PNG' }).click(),
    );
    await png.file.saveAs(`test-results/screenshots/export-${chart}.png`);
  }
});

test('a timeline drawn on a canvas exports with the canvas embedded as an image, without breaking the page policy', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A synthetic bundle dense enough for the canvas renderer (over 300 marks in view).
  const out = 'test-results/bundle-canvas.json';
  execFileSync(
    'npx',
    [
      'tsx',
      'bench/generate-bundle.ts',
      '--events',
      '3000',
      '--actors',
      '100',
      '--outlets',
      '8',
      '--days',
      '20',
      '--out',
      out,
    ],
    { stdio: 'ignore' },
  );
  const body = await readFile(out, 'utf8');
  await withoutColumnarBundle(page);
  await page.route('**/data/bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto('/');
  // Parsing and validating a 3.7 MB bundle takes several seconds on a busy 2-core machine.
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  const { text } = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download chart as SVG' }).click(),
  );
  expect(text).toMatch(/<image [^>]*href="data:image\/png;base64,/);
  const png = await download(page, () =>
    exportGroup(page).getByRole('button', { name: 'Download chart as PNG' }).click(),
  );
  await png.file.saveAs('test-results/screenshots/export-timeline-canvas.png');
  await expect(exportGroup(page).getByRole('status')).toContainText('Saved parley-timeline-all-');
  expect(violations).toEqual([]);
});

for (const [width, height] of SCREEN_SIZES) {
  test(`screenshot of the Promises region at ${width}x${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?asof=2025-07-08');
    await promises(page)
      .getByRole('button', { name: /Pete Hegseth/ })
      .first()
      .click();
    await page.waitForTimeout(300);
    await saveScreenshot(promises(page), info, `promises-${width}x${height}`);
    await saveScreenshot(page, info, `promises-page-${width}x${height}`);
  });
}
