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
