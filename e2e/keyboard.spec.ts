import { expect, type Page, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const network = (page: Page) => page.getByRole('region', { name: 'Actor network' });
const outlets = (page: Page) => page.getByRole('region', { name: 'Outlet comparison' });
const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });
const chart = (page: Page) => network(page).getByRole('group', { name: 'Actors and the events between them' });
const focused = (page: Page) => page.locator(':focus');

/** Whether focus is inside the evidence panel. */
const focusInEvidence = (page: Page) =>
  page.evaluate(
    () => document.querySelector('aside[aria-label="Evidence"]')?.contains(document.activeElement) ?? false,
  );

test('a keyboard-only walk from the filters reaches an event’s evidence and back in at most 10 key presses', async ({
  page,
}, info) => {
  await page.goto('/?actors=pete-hegseth');
  const chip = page.getByRole('button', { name: 'Remove filter Pete Hegseth' });
  await chip.focus(); // The last control of the filter bar: the walk counts from here.
  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  const mark = timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .getByRole('button')
    .first();
  while (presses < 10 && !(await mark.evaluate((el) => el === document.activeElement))) await press('Tab');
  await expect(mark).toBeFocused();
  const name = await mark.getAttribute('aria-label');
  await press('Enter');
  await expect(evidence(page)).toBeVisible();
  await expect.poll(() => focusInEvidence(page)).toBe(true);
  await expect(evidence(page).getByRole('heading', { level: 2 })).toBeFocused();
  await saveScreenshot(page, info, 'keyboard-evidence-focused');
  await press('Escape');
  await expect(evidence(page)).toHaveCount(0);
  await expect(timeline(page).getByRole('button', { name: name! })).toBeFocused();
  expect(presses).toBeLessThanOrEqual(10);
});

test('Close evidence also returns focus to the mark; a mark gone by then leaves focus in the timeline', async ({
  page,
}) => {
  await page.goto('/?actors=pete-hegseth');
  const mark = timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .getByRole('button')
    .first();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(evidence(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(evidence(page).getByRole('button', { name: 'Close evidence' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mark).toBeFocused();
  // Open again, then filter the mark away and come back to the evidence by its skip link.
  await page.keyboard.press('Enter');
  await expect(evidence(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz-no-such-text');
  await expect(
    timeline(page)
      .getByRole('group', { name: /Events in view/ })
      .getByRole('button'),
  ).toHaveCount(0);
  await page.getByRole('link', { name: 'Skip to evidence' }).focus();
  await page.keyboard.press('Enter');
  await expect(evidence(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(evidence(page)).toHaveCount(0);
  expect(await focused(page).evaluate((el) => el.closest('section')?.getAttribute('aria-label'))).toBe('Timeline');
});

test('Enter on a network link or a coverage cell moves focus into the evidence; Escape brings it back', async ({
  page,
}) => {
  await page.goto('/?actors=donald-trump&types=CONSULT');
  const stop = chart(page).locator('[tabindex="0"]');
  await stop.focus();
  await page.keyboard.press('PageDown');
  const link = chart(page).locator('[data-edge-id]:focus');
  await expect(link).toHaveCount(1);
  const linkName = await link.getAttribute('aria-label');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusInEvidence(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(chart(page).getByRole('button', { name: linkName! })).toBeFocused();

  const cell = outlets(page)
    .getByRole('button', { name: /^CGTN reported this as occurred on 7 Jul 2025/ })
    .first();
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(evidence(page).getByRole('article').first()).toBeVisible();
  await expect.poll(() => focusInEvidence(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(cell).toBeFocused();
});

test('skip links appear on focus and move focus to each region', async ({ page }, info) => {
  await page.goto('/?actors=pete-hegseth');
  await expect(timeline(page)).toBeVisible();
  await page.keyboard.press('Tab');
  const first = page.getByRole('link', { name: 'Skip to filters' });
  await expect(first).toBeFocused();
  expect((await first.boundingBox())!.width).toBeGreaterThan(40);
  await saveScreenshot(page, info, 'keyboard-skip-link');
  await expect(page.getByRole('link', { name: 'Skip to evidence' })).toHaveCount(0);
  const targets: [string, ReturnType<Page['getByRole']>][] = [
    ['Skip to filters', page.getByRole('search', { name: 'Filters' })],
    ['Skip to timeline', timeline(page)],
    ['Skip to network', network(page)],
    ['Skip to outlet comparison', outlets(page)],
    ['Skip to map', page.getByRole('region', { name: 'Map' })],
    ['Skip to trends', page.getByRole('region', { name: 'Trends' })],
    ['Skip to event list', page.getByRole('region', { name: 'Event list' })],
  ];
  for (const [name, region] of targets) {
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(region).toBeFocused();
  }
  await timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .getByRole('button')
    .first()
    .click();
  await page.getByRole('link', { name: 'Skip to evidence' }).focus();
  await page.keyboard.press('Enter');
  await expect(evidence(page)).toBeFocused();
});

test('the network is one tab stop; arrow keys move between actors and Enter toggles the actor filter', async ({
  page,
}) => {
  await page.goto('/');
  const marks = chart(page).locator('[data-node-id], [data-edge-id]');
  await expect(chart(page).locator('[data-edge-id]').first()).toBeAttached();
  expect(await marks.count()).toBeGreaterThan(10);
  await expect(chart(page).locator('[data-node-id][tabindex="0"], [data-edge-id][tabindex="0"]')).toHaveCount(1);
  const stop = chart(page).locator('[tabindex="0"]');
  await stop.focus();
  const start = await stop.getAttribute('aria-label');
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await focused(page).getAttribute('aria-label')) !== start) {
      moved = true;
      break;
    }
  }
  expect(moved).toBe(true);
  const actor = focused(page);
  await expect(actor).toHaveAttribute('data-node-id', /.+/);
  await expect(actor).toHaveAttribute('tabindex', '0');
  const id = (await actor.getAttribute('data-node-id'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actors=${id}`));
  await expect(chart(page).locator(`[data-node-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
  // One Tab leaves the chart.
  await chart(page).locator('[tabindex="0"]').focus();
  await page.keyboard.press('Tab');
  expect(
    await focused(page).evaluate((el) => el.closest('svg[aria-label="Actors and the events between them"]')),
  ).toBeNull();
});
