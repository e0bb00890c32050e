import { expect, type Locator, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';

type Bundle = {
  events: { source: string[]; target: string[]; date: string | null; datePrecision: string }[];
};

/** Events with a stated date involving any of `actors` (all events when none is given), from the bundle itself. */
async function datedEvents(page: Page, actors: string[] = []): Promise<number> {
  return page.evaluate(async (actors) => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
    return bundle.events.filter(
      (e) =>
        (actors.length === 0 || [...e.source, ...e.target].some((a) => actors.includes(a))) &&
        // A date range keeps stated dates only: an unknown precision means the publication day stands in.
        e.date !== null &&
        e.datePrecision !== 'unknown',
    ).length;
  }, actors);
}

const trends = (page: Page) => page.getByRole('region', { name: 'Trends' });

/** The sum of the stacked bars: each quad class's path carries its count. */
async function barTotal(region: Locator): Promise<number> {
  const counts = await region
    .locator('path[data-count]')
    .evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-count'))));
  return counts.reduce((a, b) => a + b, 0);
}

/** The dated events the note says lie beyond the days shown (0 without the note). */
async function beyondShown(region: Locator): Promise<number> {
  const note = region.getByText(/with a stated date lies? beyond the days shown/);
  return (await note.count()) === 0 ? 0 : Number((await note.textContent())!.match(/^\d+/)![0]);
}

test('the bars add up to the dated events under the filters, whatever the date range', async ({ page }) => {
  await page.goto('/');
  await expect(trends(page).getByRole('heading', { name: 'Trends' })).toBeVisible();
  const all = await datedEvents(page);
  expect(all).toBeGreaterThan(0);
  // A lone report far from the rest is left off the axis and counted in a note; "Show all dates" brings it in.
  await expect.poll(async () => (await barTotal(trends(page))) + (await beyondShown(trends(page)))).toBe(all);
  const showAll = trends(page).getByRole('button', { name: 'Show all dates' });
  if ((await showAll.count()) > 0) {
    expect(await beyondShown(trends(page))).toBeGreaterThan(0);
    await showAll.click();
    await expect.poll(() => barTotal(trends(page))).toBe(all);
    await trends(page).getByRole('button', { name: 'Show where most events are' }).click();
  }
  await expect(trends(page)).toContainText(/matching events have no stated date and are not on this chart/);

  await page.goto('/?actors=donald-trump&from=2025-04-01&to=2025-07-01');
  const trump = await datedEvents(page, ['donald-trump']);
  expect(trump).toBeLessThan(all);
  // Crossfilter: the actor narrows the bars, the chart's own date range does not.
  await expect.poll(() => barTotal(trends(page))).toBe(trump);
  await expect(trends(page)).toContainText('per week · date filter 1 Apr 2025 – 1 Jul 2025 shaded');
});

test('a date range under ten weeks zooms to days and counts the dated events beyond them', async ({ page }) => {
  await page.goto('/?from=2025-07-01&to=2025-07-09');
  const all = await datedEvents(page);
  await expect(trends(page)).toContainText(
    'per day (zoomed to the date filter) · date filter 1 Jul 2025 – 9 Jul 2025 shaded',
  );
  const beyond = Number(
    (await trends(page)
      .getByText(/with a stated date lies? beyond the days shown/)
      .textContent())!.match(/^\d+/)![0],
  );
  expect(beyond).toBeGreaterThan(0);
  await expect.poll(() => barTotal(trends(page))).toBe(all - beyond);
});

test('dragging across the chart sets the date filter', async ({ page }) => {
  await page.goto('/');
  const chart = trends(page).getByRole('img', { name: /^Events per week by quad class/ });
  await chart.scrollIntoViewIfNeeded();
  // The chart follows one frame after the views above paint, and d3 attaches the brush in an effect after that:
  // on a loaded machine a drag made before the brush's overlay exists sets nothing.
  await expect(chart.locator('rect.overlay')).toHaveCount(1);
  // The views above it mount a task after the first paint and may still change height: a drag aimed at a box
  // measured before then lands beside the chart. Drag once the chart has stopped moving.
  const box = await settledBox(page, chart);
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.98, box.y + box.height * 0.4, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2025-\d\d-\d\d&to=2025-\d\d-\d\d/);
  await expect(page.getByRole('button', { name: /^Remove filter \d+ \w+ 2025 – \d+ \w+ 2025$/ })).toBeVisible();
  await expect(trends(page)).toContainText(/date filter \d+ \w+ 2025 – \d+ \w+ 2025 shaded/);
});

test('axe finds no serious or critical violations in the Trends region', async ({ page }) => {
  await page.goto('/?from=2025-07-01&to=2025-07-09');
  await expect(trends(page).getByRole('img')).toBeVisible();
  expect(await seriousViolations(page, 'section[aria-label="Trends"]')).toEqual([]);
});

for (const [width, height] of SCREEN_SIZES) {
  test(`trends screenshot at ${width}x${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?from=2025-06-23&to=2025-07-09');
    await expect(trends(page).getByRole('img')).toBeVisible();
    await page.waitForTimeout(300);
    await saveScreenshot(page, info, `trends-page-${width}x${height}`);
    await saveScreenshot(trends(page), info, `trends-${width}x${height}`);
  });
}

/** The locator's box once two reads 250 ms apart agree (the layout above it has settled). */
async function settledBox(page: Page, locator: Locator) {
  let last = JSON.stringify(await locator.boundingBox());
  await expect
    .poll(async () => {
      await page.waitForTimeout(250);
      const now = JSON.stringify(await locator.boundingBox());
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return (await locator.boundingBox())!;
}
