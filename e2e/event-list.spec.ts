import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';

type Bundle = { events: { type: string; clusterId: string }[] };

const list = (page: Page) => page.getByRole('region', { name: 'Event list' });
const table = (page: Page) => list(page).getByRole('table');
const bodyRows = (page: Page) => table(page).locator('tr[data-row]');
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name });
const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });

/** How many reports and real-world events of a type the bundle holds, read from the bundle itself. */
async function countsOfType(page: Page, type: string): Promise<{ reports: number; clusters: number }> {
  return page.evaluate(async (type) => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
    const own = bundle.events.filter((e) => e.type === type);
    return { reports: own.length, clusters: new Set(own.map((e) => e.clusterId)).size };
  }, type);
}

/** The text of one column in the rows on screen. */
const column = (page: Page, col: number) =>
  bodyRows(page).evaluateAll((rows, col) => rows.map((r) => r.children[col]!.textContent ?? ''), col);

test('the count line and the table agree with the bundle under a filter, for reports and real-world events', async ({
  page,
}) => {
  await page.goto('/?types=CONSULT');
  const { reports, clusters } = await countsOfType(page, 'CONSULT');
  expect(clusters).toBeLessThan(reports);
  await expect(list(page).getByRole('heading', { name: 'Event list' })).toBeVisible();
  await expect(list(page)).toContainText(`${reports} reports under the filters`);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(reports + 1));
  // Virtualised: fewer rows in the page than in the list; the last one is reached by End and is numbered as the count says.
  expect(await bodyRows(page).count()).toBeLessThan(reports);
  await bodyRows(page).first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', String(reports + 1));
  expect(new Set(await column(page, 2))).toEqual(new Set(['CONSULT']));

  await list(page).getByRole('button', { name: 'Real-world events' }).click();
  await expect(list(page)).toContainText(`${clusters} real-world events under the filters`);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(clusters + 1));
});

test('sorting by date keeps undated reports last; sorting by type orders the types, both ways', async ({ page }) => {
  await page.goto('/');
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'ascending');
  const firstDates = await column(page, 0);
  expect(firstDates[0]).not.toContain('date not stated');
  await bodyRows(page).first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus td').first()).toContainText('date not stated');

  await header(page, 'Date').getByRole('button').click();
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'descending');
  const descending = await column(page, 0);
  expect(descending[0]).not.toBe(firstDates[0]);
  expect(descending[0]).not.toContain('date not stated');

  await header(page, 'Type').getByRole('button').click();
  await expect(header(page, 'Type')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Date')).not.toHaveAttribute('aria-sort', /.+/);
  const ascendingTypes = await column(page, 2);
  expect(ascendingTypes).toEqual([...ascendingTypes].sort());
  await header(page, 'Type').getByRole('button').click();
  await expect(header(page, 'Type')).toHaveAttribute('aria-sort', 'descending');
  const descendingTypes = await column(page, 2);
  expect(descendingTypes).toEqual([...descendingTypes].sort().reverse());
  expect(descendingTypes[0]! > ascendingTypes[0]!).toBe(true);
});

test('a keyboard user skips to the list, opens a row’s evidence with Enter and Escape returns to the row', async ({
  page,
}) => {
  await page.goto('/');
  await expect(table(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to event list' }).focus();
  await page.keyboard.press('Enter');
  await expect(list(page)).toBeFocused();
  // The region, the two toggles, eight sort buttons, then the rows' one tab stop.
  for (let i = 0; i < 11; i++) await page.keyboard.press('Tab');
  await expect(bodyRows(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const row = bodyRows(page).nth(2);
  await expect(row).toBeFocused();
  const sentence = (await row.locator('td').last().textContent())!;
  await page.keyboard.press('Enter');
  await expect(evidence(page)).toBeVisible();
  await expect(evidence(page).getByRole('article').first()).toContainText(sentence.slice(0, 30));
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('aside[aria-label="Evidence"]')?.contains(document.activeElement)),
    )
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(evidence(page)).toHaveCount(0);
  await expect(row).toBeFocused();
});

test('a click on a row opens its evidence and marks the row', async ({ page }) => {
  await page.goto('/?types=AGREE');
  const row = bodyRows(page).first();
  await row.click();
  await expect(evidence(page)).toBeVisible();
  await expect(row).toHaveAttribute('aria-current', 'true');
});

test('the filters can leave the list empty, and it says so', async ({ page }) => {
  await page.goto('/?q=zzzz-no-such-sentence');
  await expect(list(page)).toContainText('No event matches these filters.');
  await expect(table(page)).toHaveCount(0);
});

test('axe finds no serious or critical violations in the Event list region', async ({ page }) => {
  // Two scans of the demo corpus: about 20 s on a busy machine, against a 30 s default.
  test.slow();
  await page.goto('/?corpus=demo');
  await expect(bodyRows(page).first()).toBeVisible();
  await bodyRows(page).first().click();
  await expect(evidence(page)).toBeVisible();
  expect(await seriousViolations(page, '#event-list')).toEqual([]);
  await list(page).getByRole('button', { name: 'Real-world events' }).click();
  expect(await seriousViolations(page, '#event-list')).toEqual([]);
});

for (const [width, height] of SCREEN_SIZES) {
  test(`event list screenshot at ${width}x${height}`, async ({ page }, info) => {
    // Loading and drawing the demo corpus can outlast the default waits on a busy machine.
    test.slow();
    await page.setViewportSize({ width, height });
    await page.goto('/?corpus=demo');
    await expect(bodyRows(page).first()).toBeVisible({ timeout: 30_000 });
    // Newest first: the demo corpus's fiction, marked on each row as on every card and label.
    await header(page, 'Date').getByRole('button').click();
    await expect(bodyRows(page).first()).toContainText('Fiction');
    // In view first: a region below the fold is skipped until it is scrolled to, and its rows move as it is drawn.
    await list(page).scrollIntoViewIfNeeded();
    await bodyRows(page).nth(1).click();
    await page.waitForTimeout(300);
    await saveScreenshot(page, info, `event-list-page-${width}x${height}`);
    await saveScreenshot(list(page), info, `event-list-${width}x${height}`);
  });
}
