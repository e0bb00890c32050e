import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { settledTimelineHeader, timelineRegion } from './support/timeline.ts';

// The dashboard at a glance: the largest clusters carry headlines on the timeline, the overview shows where
// the events are (a lone early report sits in a stub, not at the far end of an empty axis), and a small screen
// says which views lie below the fold.

type Bundle = { actors: { name: string; aliases: string[] }[]; events: { date: string | null }[] };

/** Every word of every actor's name and aliases: a headline's subject is one of them (its short name). */
async function actorWords(page: Page): Promise<Set<string>> {
  const words = await page.evaluate(async () => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
    return bundle.actors.flatMap((a) => [a.name, ...a.aliases]).flatMap((n) => n.split(/\s+/));
  });
  return new Set(words);
}

/** The earliest and the second-earliest stated dates in the seed bundle. */
async function earliestDates(page: Page): Promise<[string, string]> {
  return page.evaluate(async () => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
    const dates = bundle.events.flatMap((e) => (e.date ? [e.date] : [])).sort();
    return [dates[0]!, dates.find((d) => d > dates[0]!)!];
  });
}

const overview = (page: Page) => timelineRegion(page).getByRole('img', { name: /^Events per/ });

test.describe('at 1920x1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the largest clusters carry headlines that name their actors', async ({ page }, info) => {
    await page.goto('/');
    const labels = timelineRegion(page).getByTestId('cluster-labels').locator('text');
    await expect(labels.first()).toBeVisible();
    await saveScreenshot(timelineRegion(page), info, 'story-glance-timeline-1920x1080');
    const texts = await labels.allTextContents();
    const words = await actorWords(page);
    for (const text of texts)
      expect(words, `"${text}" starts with an actor's short name`).toContain(text.split(' ')[0]);
    // At least one headline names two actors: "A verb B".
    expect(texts.some((t) => words.has(t.split(' ').at(-1)!.replace('…', '')))).toBe(true);
    await saveScreenshot(page, info, 'story-glance-1920x1080');
    // A headline is a way in: a click opens its cluster's evidence, as a click on its mark does.
    await labels.first().click();
    await expect(page.getByRole('complementary', { name: 'Evidence' })).toBeVisible();
  });

  test('the overview leaves a lone early report to a stub that takes it into the window', async ({ page }) => {
    await page.goto('/');
    const [earliest, next] = await earliestDates(page);
    const name = (await overview(page).getAttribute('aria-label')) ?? '';
    const start = /^Events per [^,]+, (\d+ \w+ \d{4})/.exec(name)?.[1];
    expect(start, name).toBeDefined();
    const startIso = new Date(`${start} UTC`).toISOString().slice(0, 10);
    expect(startIso > earliest, `overview starts ${startIso}, after the lone ${earliest}`).toBe(true);
    expect(Date.parse(startIso), `overview starts within a month of the bulk (${next})`).toBeGreaterThan(
      Date.parse(next) - 31 * 86_400_000,
    );
    const stub = timelineRegion(page).getByRole('button', { name: /earlier, .*: show them in the window below$/ });
    await expect(stub).toBeVisible();
    await stub.click();
    const header = await settledTimelineHeader(page);
    const from = new Date(`${header.split(' – ')[0]} UTC`).toISOString().slice(0, 10);
    expect(from <= earliest, `window "${header}" reaches ${earliest}`).toBe(true);
    expect(await seriousViolations(page, 'section[aria-label="Timeline"]')).toEqual([]);
  });

  test('headlines keep up with the CPU throttled 4x', async ({ page }, info) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/');
    await expect(timelineRegion(page).getByTestId('cluster-labels').locator('text').first()).toBeVisible();
    await timelineRegion(page).getByRole('button', { name: 'Zoom out' }).click();
    await settledTimelineHeader(page);
    await saveScreenshot(page, info, 'story-glance-1920x1080-throttled');
  });
});

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header says which views lie below the fold and jumps to them', async ({ page }, info) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Views on this page' });
    await expect(nav).toBeInViewport();
    await saveScreenshot(page, info, 'story-glance-1280x800');
    await page.screenshot({ path: 'test-results/screenshots/story-glance-1280x800-fold.png' });
    // The timeline is on the first screen; the views under it are marked as below the fold.
    await expect(nav.getByRole('link', { name: 'Timeline', exact: true })).toBeVisible();
    for (const name of ['Network', 'Trends'])
      await expect(nav.getByRole('link', { name: `${name}, below` })).toBeVisible();
    const network = nav.getByRole('link', { name: 'Network, below' });
    expect(await seriousViolations(page, 'nav[aria-label="Views on this page"]')).toEqual([]);
    await network.click();
    const region = page.getByRole('region', { name: 'Actor network' });
    await expect(region).toBeInViewport();
    await expect(region).toBeFocused();
  });
});
