import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';
import { settledTimelineHeader } from './support/timeline.ts';

const map = (page: Page) => page.getByRole('region', { name: 'Map' });

/** The timeline's total marks under the filters ("… · 4 of 5 marks in view" gives 5). */
async function timelineMarks(page: Page): Promise<number> {
  const header = await settledTimelineHeader(page);
  return Number(/of ([\d,]+) marks in view$/.exec(header)?.[1]?.replace(/,/g, '') ?? NaN);
}

test('the map draws the seed places, a venue at its city, and counts what it cannot draw', async ({ page }) => {
  await page.goto('/');
  const region = map(page);
  await expect(region.getByRole('heading', { name: 'Map' })).toBeVisible();
  await expect(region.getByRole('button', { name: /^Gaza: \d+ events, \d+ cooperation, \d+ conflict$/ })).toBeVisible();
  // The White House and the Oval Office are drawn at Washington: one mark, named by the city.
  await expect(region.getByRole('button', { name: /^Washington \(also .*White House.*\): \d+ events/ })).toBeVisible();
  await expect(region.getByRole('button', { name: /^White House/ })).toHaveCount(0);
  await expect(
    region.getByRole('button', {
      name: /^Doha: 1 event, 1 cooperation, 0 conflict$|^Doha: 1 event, 0 cooperation, 1 conflict$/,
    }),
  ).toBeVisible();
  await expect(region).toContainText(/\d+ events with no place named/);
  await expect(region.getByRole('list', { name: 'Map legend' })).toBeVisible();
});

test('clicking a place filters every other view by it; the chip clears it; the map keeps showing all places', async ({
  page,
}) => {
  await page.goto('/');
  const region = map(page);
  const doha = region.getByRole('button', { name: /^Doha: / });
  await expect(doha).toBeVisible();
  const before = await timelineMarks(page);
  await doha.click();
  const chip = page.getByRole('button', { name: 'Remove filter At Doha' });
  await expect(chip).toBeVisible();
  await expect(page).toHaveURL(/places=Doha/);
  await expect(doha).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => timelineMarks(page)).toBe(1);
  expect(before).toBeGreaterThan(1);
  // The map is not filtered by its own clause: the other places stay to be chosen.
  await expect(region.getByRole('button', { name: /^Gaza: / })).toBeVisible();
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page).not.toHaveURL(/places=/);
  await expect.poll(() => timelineMarks(page)).toBe(before);
  await expect(doha).toHaveAttribute('aria-pressed', 'false');
});

test('places are one tab stop: arrows move between them, Enter chooses one, a link restores it', async ({ page }) => {
  await page.goto('/');
  const region = map(page);
  const places = region.getByRole('button', { name: /events?, \d+ cooperation/ });
  await expect(places.first()).toBeVisible();
  await expect(region.locator('[role="button"][tabindex="0"]')).toHaveCount(1);
  await region.locator('[role="button"][tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-site'));
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-site'));
  expect(second).not.toBe(first);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: new RegExp(`^Remove filter At ${second}`) })).toBeVisible();
  // The URL is written just after the views paint: reload only once it holds the place.
  await expect(page).toHaveURL(/places=/);
  await page.reload();
  await expect(page.getByRole('button', { name: new RegExp(`^Remove filter At ${second}`) })).toBeVisible();
  await expect(map(page).locator(`[data-site="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
});

/** The on-screen distance between two sites' marks. */
async function distance(page: Page, a: string, b: string): Promise<number> {
  const at = async (name: string) => {
    const box = (await map(page).locator(`[data-site="${name}"]`).boundingBox())!;
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  };
  const [[ax, ay], [bx, by]] = [await at(a), await at(b)];
  return Math.hypot(ax - bx, ay - by);
}

test('zooming in spreads the crowded places apart; Zoom to events undoes it', async ({ page }, info) => {
  await page.goto('/');
  const region = map(page);
  await expect(region.getByRole('button', { name: /^Gaza: / })).toBeVisible();
  const before = await distance(page, 'Gaza', 'Damascus');
  await region.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => distance(page, 'Gaza', 'Damascus')).toBeGreaterThan(before * 1.4);
  // Ctrl + scroll zooms about the pointer: over Gaza, the crowded Levant opens up.
  await region.getByRole('button', { name: 'Zoom to events' }).click();
  const gaza = (await region.locator('[data-site="Gaza"]').boundingBox())!;
  await page.mouse.move(gaza.x + gaza.width / 2, gaza.y + gaza.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => distance(page, 'Gaza', 'Damascus')).toBeGreaterThan(before * 3);
  await saveScreenshot(region, info, 'map-zoomed-in');
  await region.getByRole('button', { name: 'Zoom to events' }).click();
  await expect.poll(() => distance(page, 'Gaza', 'Damascus')).toBeCloseTo(before, 0);
});

test('the map region has no serious or critical accessibility findings', async ({ page }) => {
  await page.goto('/?places=Doha');
  await expect(map(page).getByRole('button', { name: /^Gaza: / })).toBeVisible();
  expect(await seriousViolations(page, '#map')).toEqual([]);
});

test('the demo corpus lists its invented places as not on the map, each a filter', async ({ page }, info) => {
  await page.goto('/?corpus=demo');
  const region = map(page);
  const offMap = region.getByRole('list', { name: 'Places not on the map' });
  await expect(offMap.getByRole('button', { name: /^Kessa \(\d+\)$/ })).toBeVisible();
  await expect(region).toContainText(/\d+ events at places not on the map/);
  await offMap.getByRole('button', { name: /^Kessa/ }).click();
  await expect(page.getByRole('button', { name: 'Remove filter At Kessa' })).toBeVisible();
  await region.scrollIntoViewIfNeeded();
  await saveScreenshot(region, info, 'map-demo-kessa');
});

for (const [width, height] of SCREEN_SIZES) {
  test(`map screenshot at ${width}x${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const region = map(page);
    await expect(region.getByRole('button', { name: /^Gaza: / })).toBeVisible();
    await region.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await saveScreenshot(region, info, `map-${width}x${height}`);
    await saveScreenshot(page, info, `map-page-${width}x${height}`);
  });
}
