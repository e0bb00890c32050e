import { expect, type Page, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';
import { settledTimelineHeader } from './support/timeline.ts';

type Bundle = { events: { id: string; articleId: string }[]; articles: { id: string; url: string | null }[] };

const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });
const eventList = (page: Page) => page.getByRole('region', { name: 'Event list' });

/** The number of events and one event with its article's address, read from the GDELT bundle. */
async function gdeltSample(page: Page): Promise<{ events: number; eventId: string; url: string }> {
  return page.evaluate(async () => {
    const bundle = (await (await fetch('/data/bundle-gdelt.json')).json()) as Bundle;
    const event = bundle.events[0]!;
    const url = bundle.articles.find((a) => a.id === event.articleId)!.url!;
    return { events: bundle.events.length, eventId: event.id, url };
  });
}

test('the GDELT corpus opens like any corpus, and its evidence says it has no sentence, with the article link', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await page.goto('/?corpus=gdelt');
  const sample = await gdeltSample(page);
  expect(sample.events).toBeGreaterThan(0);
  await expect(eventList(page)).toContainText(`${sample.events.toLocaleString('en')} reports under the filters`, {
    timeout: 120_000,
  });
  expect(await settledTimelineHeader(page)).toMatch(/[1-9][\d,]* of [\d,]+ marks in view/);
  await expect(eventList(page).locator('tr[data-row]').first()).toContainText('coded by GDELT, no sentence available');
  await saveScreenshot(page, info, 'gdelt-corpus');

  await page.goto(`/?corpus=gdelt&sel=event:${encodeURIComponent(sample.eventId)}`);
  const card = evidence(page).getByRole('article').first();
  await expect(card).toContainText('coded by GDELT, no sentence available', { timeout: 120_000 });
  await expect(card.getByRole('link', { name: 'the article' })).toHaveAttribute('href', sample.url);
  await expect(card.getByRole('button', { name: 'Open the article' })).toHaveCount(0);
});
