import { expect, type Page, test } from '@playwright/test';
import { encodeArrowBundle } from '../src/model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../src/model/columns/bundle-columns.ts';
import type { BundleColumns } from '../src/model/columns/column-layout.ts';
import { fixtureBundle } from '../src/selectors/test-fixture.ts';

test('the page loads the seed bundle: summary, filters, three views', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Parley' })).toBeVisible();
  await expect(page.getByText(/5 articles · 5 outlets · \d+ events · Oct 2023–Jul 2025/)).toBeVisible();
  for (const name of ['Timeline', 'Actor network', 'Outlet comparison'])
    await expect(page.getByRole('region', { name })).toBeVisible();
  for (const label of ['Actors', 'From', 'To', 'Event types', 'Outlets', 'Search'])
    await expect(page.getByLabel(label, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Modality' })).toBeVisible();
  expect(errors).toEqual([]);
});

/** The JSON route: the page reads bundle.json when the server has no bundle.arrow beside it. */
const withoutColumns = (page: Page) =>
  page.route('**/data/bundle.arrow', (route) => route.fulfill({ status: 404, body: 'not found' }));

test('the page loads the columnar bundle, not the JSON, and no article text before one is opened', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (r) => r.url().includes('/data/') && data.push(r.url().replace(/.*\/data\//, '')));
  await page.goto('/');
  await expect(page.getByText(/5 articles · 5 outlets · \d+ events/)).toBeVisible();
  expect(data.filter((f) => f.startsWith('bundle.json') || f.includes('.texts-'))).toEqual([]);
});

test('a bundle.arrow that is not Arrow shows a readable error', async ({ page }) => {
  await page.route('**/data/bundle.arrow', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not arrow' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('does not match the column layout');
});

/** The seed-shaped fixture's bundle.arrow, broken by `breakIt` (metadata or columns) before it is written. */
function brokenArrow(breakIt: (columns: BundleColumns) => void): Buffer {
  const { columns } = bundleToColumns(fixtureBundle(), (n) => `bundle.texts-${n}.json`);
  breakIt(columns);
  return Buffer.from(encodeArrowBundle(columns));
}

test('a bundle.arrow whose metadata or columns break the layout shows what is wrong', async ({ page }) => {
  const cases: [(c: BundleColumns) => void, string][] = [
    [(c) => ((c.metadata as { schemaVersion: number }).schemaVersion = 1), 'metadata.schemaVersion'],
    [(c) => (c.events.source.values[0] = 99_999), 'events.source.0: 99999 is out of range'],
  ];
  for (const [breakIt, problem] of cases) {
    const body = brokenArrow(breakIt);
    await page.route('**/data/bundle.arrow', (route) =>
      route.fulfill({ status: 200, contentType: 'application/vnd.apache.arrow.file', body }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not match the column layout');
    await expect(alert).toContainText(problem);
    await page.unroute('**/data/bundle.arrow');
  }
});

test('a broken bundle shows a readable error naming the rebuild command', async ({ page }) => {
  await withoutColumns(page);
  await page.route('**/data/bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 99}' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not match the schema');
  await expect(alert).toContainText('npm run extract');
});

for (const [what, mutate] of [
  ['missing events', (b: Record<string, unknown>) => delete b.events],
  ['a wrong type', (b: Record<string, unknown>) => Object.assign(b, { articles: 'not a list' })],
  [
    'an event pointing at the wrong text',
    (b: { events: { evidence: { start: number } }[] }) => (b.events[0]!.evidence.start += 3),
  ],
] as const) {
  test(`a bundle with ${what} shows the error state, not a blank page`, async ({ page }) => {
    await withoutColumns(page);
    await page.route('**/data/bundle.json', async (route) => {
      const bundle = await (await route.fetch()).json();
      (mutate as (b: unknown) => void)(bundle);
      await route.fulfill({ json: bundle });
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('does not match the schema');
    await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
  });
}

test('a missing bundle says so', async ({ page }) => {
  await withoutColumns(page);
  await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('missing (HTTP 404)');
});
