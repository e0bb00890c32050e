import { expect, type Page, test } from '@playwright/test';

type Bundle = { articles: { id: string; fiction: boolean }[]; events: { id: string; articleId: string }[] };

/** One event from a fictional article and one from a real one, read from the demo bundle. */
async function eventsByFiction(page: Page) {
  return page.evaluate(async () => {
    const bundle = (await (await fetch('/data/bundle-demo.json')).json()) as Bundle;
    const fiction = new Set(bundle.articles.filter((a) => a.fiction).map((a) => a.id));
    return {
      fictional: bundle.events.find((e) => fiction.has(e.articleId))!.id,
      real: bundle.events.find((e) => !fiction.has(e.articleId))!.id,
      fictionArticles: fiction.size,
      articles: bundle.articles.length,
    };
  });
}

const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });

test('the demo corpus is marked as fiction in the header, on its evidence cards and in the network', async ({
  page,
}) => {
  await page.goto('/?corpus=demo');
  const ids = await eventsByFiction(page);
  await expect(page.getByRole('banner')).toContainText(
    `${ids.fictionArticles} of ${ids.articles} articles are the team's fiction`,
  );
  await expect(page.getByRole('region', { name: 'Actor network' })).toContainText(
    'events here come from fictional articles',
  );

  await page.goto(`/?corpus=demo&sel=event:${encodeURIComponent(ids.fictional)}`);
  await expect(evidence(page).getByRole('article').first()).toContainText('Fiction (demo corpus)');
  await expect(evidence(page).getByRole('article', { name: /\(fiction\)/ })).toHaveCount(1);

  await page.goto(`/?corpus=demo&sel=event:${encodeURIComponent(ids.real)}`);
  await expect(evidence(page).getByRole('article').first()).toBeVisible();
  await expect(evidence(page)).not.toContainText('Fiction (demo corpus)');
});

test('the real seed articles carry no fiction mark', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('fiction');
  await expect(page.getByRole('region', { name: 'Actor network' })).not.toContainText('fictional articles');
});
