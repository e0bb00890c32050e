import { expect, type Page, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';
import { settledTimelineHeader } from './support/timeline.ts';

// "Copy link" must give a page that looks the same: the filters and the selected event as before, and also
// the comparison tab and the timeline's window (where it is zoomed and panned to, not the date filter).

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const comparison = (page: Page) => page.getByRole('region', { name: 'Outlet comparison' });
const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });


/** Drags the timeline's detail plot sideways by `dx` pixels (a pan). */
async function panTimeline(page: Page, dx: number): Promise<void> {
  const box = (await timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .boundingBox())!;
  const y = box.y + 6;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
}

test('the copied link restores the comparison tab, the selected event and the timeline window', async ({
  page,
  context,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await comparison(page).getByRole('tab', { name: 'Framing' }).click();
  await expect(page).toHaveURL(/tab=framing/);

  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await settledTimelineHeader(page);
  const pushedBefore = await page.evaluate(() => window.history.length);
  await panTimeline(page, 120);
  const shownWindow = await settledTimelineHeader(page);
  await expect(page).toHaveURL(/view=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d/);
  // Panning replaces the history entry: Back still goes to the previous tab or filter, not to a pan frame.
  expect(await page.evaluate(() => window.history.length)).toBe(pushedBefore);

  const mark = timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .getByRole('button')
    .first();
  const markName = (await mark.getAttribute('aria-label')) ?? '';
  await mark.click();
  await expect(page).toHaveURL(/sel=/);
  const evidenceText = (await evidence(page).getByRole('heading').first().textContent()) ?? '';
  expect(await settledTimelineHeader(page)).toBe(shownWindow);
  await saveScreenshot(page, info, 'copy-link-before');

  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const params = new URL(link).searchParams;
  expect(params.get('tab')).toBe('framing');
  expect(params.get('view')).toMatch(/^\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/);
  expect(params.get('sel')).toMatch(/^(cluster|event):/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(comparison(other).getByRole('tab', { name: 'Framing' })).toHaveAttribute('aria-selected', 'true');
  await expect(evidence(other).getByRole('heading').first()).toHaveText(evidenceText);
  expect(await settledTimelineHeader(other)).toBe(shownWindow);
  await expect(
    timeline(other)
      .getByRole('group', { name: /Events in view/ })
      .getByRole('button', { name: markName, exact: true }),
  ).toBeVisible();
  await saveScreenshot(other, info, 'copy-link-opened');
});

test('a link without tab= or view= opens as before: Coverage, and the timeline on the busy stretch', async ({
  page,
}) => {
  await page.goto('/');
  const opening = await settledTimelineHeader(page);
  await comparison(page).getByRole('tab', { name: 'Framing' }).click();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  expect(await settledTimelineHeader(page)).not.toBe(opening);

  const fresh = await page.context().newPage();
  await fresh.goto('/');
  await expect(comparison(fresh).getByRole('tab', { name: 'Coverage' })).toHaveAttribute('aria-selected', 'true');
  expect(await settledTimelineHeader(fresh)).toBe(opening);
});

test('Back after a tab change returns to the tab before', async ({ page }) => {
  await page.goto('/');
  await comparison(page).getByRole('tab', { name: 'Differences' }).click();
  await expect(page).toHaveURL(/tab=differences/);
  await comparison(page).getByRole('tab', { name: 'Framing' }).click();
  await expect(page).toHaveURL(/tab=framing/);
  await page.goBack();
  await expect(comparison(page).getByRole('tab', { name: 'Differences' })).toHaveAttribute('aria-selected', 'true');
});
