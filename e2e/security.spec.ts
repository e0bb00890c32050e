import { expect, test } from '@playwright/test';
import { withoutColumnarBundle } from './support/json-bundle.ts';

const HOSTILE = 'Iran condemned Israel. <script>window.__parleyXss = 1</script><img src=x onerror="window.__parleyXss = 2"> <a href="javascript:window.__parleyXss=3">click</a>';

test('the built page carries a Content-Security-Policy without unsafe-eval or unsafe-inline scripts', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  await expect(page.getByRole('region', { name: 'Actor network' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Collapse people/ }).check(); // runs the layout worker again
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
});

test('article text with markup and javascript: links is shown as inert text', async ({ page }) => {
  await withoutColumnarBundle(page);
  await page.route('**/data/bundle.json', async (route) => {
    const bundle = await (await route.fetch()).json();
    const article = { ...bundle.articles[0], id: 'hostile', text: HOSTILE, url: 'javascript:window.__parleyXss=4', title: '<b>bold?</b>' };
    const span = (text: string) => ({ text, start: HOSTILE.indexOf(text), end: HOSTILE.indexOf(text) + text.length });
    const event = {
      ...bundle.events[0], id: 'hostile#e001', articleId: 'hostile', clusterId: 'hostile-cluster', evidence: span(HOSTILE),
      trigger: span('condemned'), actorSpans: [], actorLabels: [], tone: { score: 0, comparative: 0, terms: [] }, dateSpan: null,
    };
    const cluster = { ...bundle.clusters[0], id: 'hostile-cluster', eventIds: [event.id], articleIds: ['hostile'] };
    bundle.articles.push(article);
    bundle.events.push(event);
    bundle.clusters.push(cluster);
    await route.fulfill({ json: bundle });
  });
  await page.goto('/?sel=event:hostile%23e001');
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText('<script>window.__parleyXss = 1</script>');
  await expect(evidence).toContainText('<img src=x onerror=');
  await expect(evidence.getByRole('link', { name: 'Source page' })).toHaveCount(0);
  await evidence.getByRole('button', { name: 'Open the article' }).click();
  await expect(page.getByRole('dialog')).toContainText('<a href="javascript:window.__parleyXss=3">click</a>');
  await expect(page.getByRole('dialog')).toContainText('<b>bold?</b>');
  expect(await page.evaluate(() => (window as unknown as { __parleyXss?: number }).__parleyXss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
