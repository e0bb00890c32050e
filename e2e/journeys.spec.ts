import { expect, type Page, test } from '@playwright/test';

type Bundle = {
  events: {
    id: string;
    clusterId: string;
    source: string[];
    target: string[];
    date: string | null;
    datePrecision: string;
  }[];
};

/** What the views should show for events involving any of `actors` (and, optionally, inside a date range). */
async function expected(page: Page, actors: string[], from?: string, to?: string) {
  return page.evaluate(
    async ({ actors, from, to }) => {
      const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
      const passing = bundle.events.filter(
        (e) =>
          (actors.length === 0 || [...e.source, ...e.target].some((a) => actors.includes(a))) && // A date range keeps stated dates only (events dated by their publication day are left out by default).
          (!from || (e.date !== null && e.datePrecision !== 'unknown' && e.date >= from && e.date <= (to ?? '9999'))),
      );
      return {
        clusters: new Set(passing.map((e) => e.clusterId)).size,
        actors: new Set(passing.flatMap((e) => [...e.source, ...e.target])).size,
      };
    },
    { actors, from, to },
  );
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const network = (page: Page) => page.getByRole('region', { name: 'Actor network' });
const outlets = (page: Page) => page.getByRole('region', { name: 'Outlet comparison' });
const nodeButtons = (page: Page) => network(page).locator('g[role="button"][data-node-id]');

test('choosing an actor in the Actors control changes all three views consistently', async ({ page }) => {
  await page.goto('/');
  const all = await expected(page, []);
  await expect(timeline(page)).toContainText(`of ${all.clusters} marks`);
  await expect(outlets(page)).toContainText(`${all.clusters} real-world events ×`);
  await page.getByRole('combobox', { name: 'Actors' }).fill('Witkoff');
  await page.getByRole('option', { name: /Steve Witkoff/ }).click();
  const witkoff = await expected(page, ['steve-witkoff']);
  expect(witkoff.clusters).toBeLessThan(all.clusters);
  await expect(timeline(page)).toContainText(`of ${witkoff.clusters} mark`);
  await expect(outlets(page)).toContainText(`${witkoff.clusters} real-world events ×`);
  await expect(nodeButtons(page)).toHaveCount(witkoff.actors);
  await expect(network(page).getByRole('button', { name: /^Steve Witkoff/ })).toHaveAttribute('aria-pressed', 'true');
});

test('brushing a date range on the overview updates the network and the comparison', async ({ page }) => {
  await page.goto('/');
  const before = await expected(page, []);
  await expect(outlets(page)).toContainText(`${before.clusters} real-world events ×`);
  const overview = timeline(page).locator('svg[role="img"]').first();
  const box = (await overview.boundingBox())!;
  // The seeds end in July 2025: brush the last few percent of the axis.
  await page.mouse.move(box.x + box.width * 0.93, box.y + box.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.99, box.y + box.height * 0.4, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2025-0[67]-\d\d&to=2025-07-\d\d/);
  const url = new URL(page.url());
  const after = await expected(page, [], url.searchParams.get('from')!, url.searchParams.get('to')!);
  expect(after.clusters).toBeLessThan(before.clusters);
  await expect(outlets(page)).toContainText(`${after.clusters} real-world events ×`);
  await expect(nodeButtons(page)).toHaveCount(after.actors);
});

test("clicking a coverage cell lines up the outlets' sentences for the 7 July dinner", async ({ page }) => {
  await page.goto('/?actors=donald-trump&types=CONSULT');
  await outlets(page)
    .getByRole('gridcell', { name: /^CGTN reported this as occurred on 7 Jul 2025/ })
    .first()
    .click();
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence.getByRole('article')).toHaveCount(3);
  await expect(evidence).toContainText(
    'A meeting between Trump and Netanyahu was planned for Monday night at the White House.',
  );
  await expect(evidence).toContainText('hosted Israel’s Prime Minister Benjamin Netanyahu');
  await expect(evidence).toContainText('long dinner discussion at the White House on Monday evening');
  for (const outlet of ['Israel Hayom', 'Coinfomania', 'CGTN']) await expect(evidence).toContainText(outlet);
  await expect(evidence.getByRole('article').first()).toContainText('CGTN');
});

test('clicking a network node adds the actor filter; clicking an edge lists its events', async ({ page }) => {
  await page.goto('/');
  await network(page)
    .getByRole('button', { name: /^Steve Witkoff/ })
    .click();
  await expect(page.getByRole('button', { name: 'Remove filter Steve Witkoff' })).toBeVisible();
  await expect(page).toHaveURL(/actors=steve-witkoff/);
  await network(page).locator('line[role="button"]').first().focus();
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence.getByRole('article').first()).toBeVisible();
});

test('clicking a timeline mark opens its evidence, with the date basis', async ({ page }) => {
  await page.goto('/?actors=pete-hegseth');
  await timeline(page)
    .getByRole('button', { name: /CONSULT/ })
    .first()
    .click();
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText('On Wednesday, he will meet with Defense Secretary Pete Hegseth');
  await expect(evidence).toContainText("'On Wednesday', future or planned");
  await expect(evidence).toContainText('Wed 9 Jul 2025');
});

test('an empty result says so and offers the reset', async ({ page }) => {
  await page.goto('/?q=zzzz-no-such-text');
  await expect(outlets(page)).toContainText(/No events match/);
  await outlets(page).getByRole('button', { name: /Reset/ }).first().click();
  await expect(page).not.toHaveURL(/q=/);
});
