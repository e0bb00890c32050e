import { expect, type Page, test } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The lane labels down the left of the detail chart, top to bottom. */
const laneLabels = (page: Page) =>
  timeline(page)
    .locator('svg text[dominant-baseline="middle"]')
    .evaluateAll((texts) => texts.map((t) => t.lastChild?.textContent ?? ''));

test('events without a stated date sit in their own band (cooperation, conflict) below the lanes, in every lane mode', async ({
  page,
}) => {
  await page.goto('/');
  const undated = await page.evaluate(async () => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as { events: { datePrecision: string }[] };
    return bundle.events.filter((e) => e.datePrecision === 'unknown').length;
  });
  expect(undated).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  for (const mode of ['Type', 'Actor', 'Outlet']) {
    await timeline(page).getByRole('button', { name: mode, exact: true }).click();
    await expect
      .poll(async () => (await laneLabels(page)).slice(-2))
      .toEqual(['No date: cooperation', 'No date: conflict']);
    expect((await laneLabels(page)).filter((l) => l.startsWith('No date'))).toHaveLength(2);
  }
});

const comparisonCount = async (page: Page) => {
  const text = (await page.getByRole('region', { name: 'Outlet comparison' }).textContent()) ?? '';
  return Number(/(\d+) real-world events ×/.exec(text)?.[1] ?? NaN);
};

test('a date range keeps only stated dates unless the user includes events dated only by publication', async ({
  page,
}) => {
  // 7 July: the seeds' busiest day, with reports that state it and reports that carry it only as publication day.
  await page.goto('/?from=2025-07-07&to=2025-07-07');
  await expect(page.getByRole('region', { name: 'Outlet comparison' })).toContainText('real-world events ×');
  const statedOnly = await comparisonCount(page);
  await expect(page.getByRole('button', { name: 'Remove filter 7 Jul 2025 – 7 Jul 2025' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Include events dated only by publication' }).check();
  await expect(page).toHaveURL(/pubdates=1/);
  await expect.poll(() => comparisonCount(page)).toBeGreaterThan(statedOnly);
  await expect(page.getByRole('button', { name: /with publication dates/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Include events dated only by publication' })).toBeChecked();
  expect(await comparisonCount(page)).toBeGreaterThan(statedOnly);
});
