import { seriousViolations } from './support/axe.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';
import { expect, type Page, test } from '@playwright/test';
import type { DatePrecision } from '../src/model/bundle-schema.ts';
import { formatEventDate } from '../src/model/day-format.ts';

type Span = { text: string; start: number; end: number };
type Bundle = {
  articles: { id: string; outletId: string; text: string }[];
  outlets: { id: string; name: string }[];
  events: { id: string; articleId: string; clusterId: string; evidence: Span; trigger: Span }[];
  clusters: { id: string; type: string; date: string | null; datePrecision: DatePrecision; actorIds: string[]; outletIds: string[]; eventIds: string[]; independentOutletIds: string[] }[];
  quotes: { articleId: string; speakerId: string | null; speakerText: string; start: number; end: number; eventIds: string[] }[];
};

const outlets = (page: Page) => page.getByRole('region', { name: 'Outlet comparison' });
/** The bundle the page shows: the seeds, or the seeds plus the fictional demo corpus (which has reused wire copy). */
const bundleOf = (page: Page, corpus: 'seeds' | 'demo' = 'seeds') =>
  page.evaluate(async (file) => (await (await fetch(file)).json()) as Bundle, corpus === 'demo' ? '/data/bundle-demo.json' : '/data/bundle.json');

/** The seed cluster: Trump hosted Netanyahu at the White House on 2025-07-07, reported by three outlets. */
function dinnerOf(bundle: Bundle) {
  const cluster = bundle.clusters.find(
    (c) => c.type === 'CONSULT' && c.date === '2025-07-07' && c.actorIds.includes('donald-trump') && c.actorIds.includes('benjamin-netanyahu') && c.outletIds.length === 3,
  );
  if (!cluster) throw new Error('the 7 July dinner cluster is missing from the bundle');
  return cluster;
}

/** Some event several outlets reported: what the tab scans and screenshots open, whatever the corpus. */
function sharedEventOf(bundle: Bundle) {
  const cluster = bundle.clusters.find((c) => c.outletIds.length >= 2);
  if (!cluster) throw new Error('no event reported by two outlets in the bundle');
  return cluster;
}

async function openTab(page: Page, name: string) {
  await outlets(page).getByRole('tab', { name }).click();
  await expect(outlets(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('the Framing tab shows the three outlets of the 7 July dinner side by side, each with its own verb and sentence', async ({ page }) => {
  await page.goto('/');
  const bundle = await bundleOf(page);
  const dinner = dinnerOf(bundle);
  await page.goto(`/?sel=cluster:${dinner.id}`);
  await openTab(page, 'Framing');
  const side = outlets(page).getByRole('list', { name: 'Reports side by side' });
  const outletName = (articleId: string) => bundle.outlets.find((o) => o.id === bundle.articles.find((a) => a.id === articleId)!.outletId)!.name;
  const reports = dinner.eventIds.map((id) => bundle.events.find((e) => e.id === id)!).map((e) => ({ outlet: outletName(e.articleId), verb: e.trigger.text, sentence: e.evidence.text }));
  expect(reports.map((r) => r.outlet).sort()).toEqual(['CGTN', 'Coinfomania', 'Israel Hayom']);
  expect(new Set(reports.map((r) => r.verb)).size).toBe(3);
  expect(new Set(reports.map((r) => r.sentence)).size).toBe(3);
  await expect(side.getByRole('listitem')).toHaveCount(3);
  for (const r of reports) {
    const column = side.getByRole('listitem', { name: r.outlet });
    await expect(column).toContainText(r.verb);
    await expect(column).toContainText(r.sentence);
    // Each column shows only its own outlet's sentence.
    for (const other of reports.filter((o) => o.outlet !== r.outlet)) await expect(column).not.toContainText(other.sentence);
  }
  await expect(outlets(page).getByRole('list', { name: 'Wording across outlets' })).toContainText('Verbs differ');
});

test('choosing a speaker in the Speakers control narrows the events', async ({ page }) => {
  await page.goto('/');
  const bundle = await bundleOf(page);
  const all = new Set(bundle.events.map((e) => e.clusterId)).size;
  await expect(outlets(page)).toContainText(`${all} real-world events ×`);
  const netanyahu = bundle.quotes.filter((q) => q.speakerId === 'benjamin-netanyahu' && q.eventIds.length > 0);
  expect(netanyahu.length).toBeGreaterThan(0);
  const expected = new Set(netanyahu.flatMap((q) => q.eventIds).map((id) => bundle.events.find((e) => e.id === id)!.clusterId)).size;
  expect(expected).toBeLessThan(all);
  await page.getByRole('combobox', { name: 'Speakers' }).fill('Netanyahu');
  await page.getByRole('option', { name: /^✓?\s*Benjamin Netanyahu/ }).click();
  await expect(outlets(page)).toContainText(`${expected} real-world events ×`);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('quoting Benjamin Netanyahu');
  await expect(page).toHaveURL(/speakers=benjamin-netanyahu/);
});

test('the Independent sources control filters the events and shows a chip', async ({ page }) => {
  await page.goto('/');
  const bundle = await bundleOf(page);
  const atLeast2 = bundle.clusters.filter((c) => c.independentOutletIds.length >= 2).length;
  await page.getByLabel('Independent sources').selectOption({ label: 'at least 2' });
  await expect(outlets(page)).toContainText(`${atLeast2} real-world events ×`);
  const chip = page.getByRole('button', { name: 'Remove filter 2+ independent sources' });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page.getByLabel('Independent sources')).toHaveValue('0');
});

for (const tab of ['Framing', 'Language', 'Quotes', 'Reuse', 'Differences'] as const) {
  test(`axe finds no serious or critical violations on the ${tab} tab`, async ({ page }) => {
    test.setTimeout(120_000); // a whole-page axe scan: over 30 s on a loaded machine
    await page.goto('/');
    const shared = sharedEventOf(await bundleOf(page));
    // Reuse needs wire copy, which only the demo corpus has.
    await page.goto(tab === 'Reuse' ? '/?corpus=demo' : `/?sel=cluster:${shared.id}`);
    await openTab(page, tab);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const [width, height] of SCREEN_SIZES) {
    test(`screenshot of the ${tab} tab at ${width}x${height}`, async ({ page }, info) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      const shared = sharedEventOf(await bundleOf(page));
      await page.goto(tab === 'Framing' ? `/?sel=cluster:${shared.id}` : tab === 'Reuse' ? '/?corpus=demo' : '/');
      await openTab(page, tab);
      if (tab === 'Language') await outlets(page).getByRole('button', { name: /show sentences with their scores/ }).first().click();
      if (tab === 'Quotes') await outlets(page).getByRole('button', { name: /show quotations/ }).first().click();
      await outlets(page).scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await saveScreenshot(page, info, `${tab.toLowerCase()}-${width}x${height}`);
    });
  }
}

test('the evidence card points to a reused passage and opens it; coverage rows show corroboration', async ({ page }) => {
  await page.goto('/?corpus=demo');
  const bundle = (await bundleOf(page, 'demo')) as Bundle & {
    reuse: { a: Span & { articleId: string }; b: Span & { articleId: string }; similarity: number }[];
  };
  const outletOf = (articleId: string) => bundle.outlets.find((o) => o.id === bundle.articles.find((a) => a.id === articleId)!.outletId)!.name;
  // A report whose sentence lies in the copied side of a passage: its evidence names the outlet it shares the text with.
  const passage = bundle.reuse.find((r) => bundle.events.some((e) => e.articleId === r.b.articleId && e.evidence.start >= r.b.start && e.evidence.end <= r.b.end))!;
  const copy = bundle.events.find((e) => e.articleId === passage.b.articleId && e.evidence.start >= passage.b.start && e.evidence.end <= passage.b.end)!;
  const original = outletOf(passage.a.articleId);
  await page.goto(`/?corpus=demo&sel=event:${encodeURIComponent(copy.id)}`);
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText(`This passage also appears in ${original} (similarity ${Math.round(passage.similarity * 100)}%)`);
  await evidence.getByRole('button', { name: `Open the ${original} passage` }).first().click();
  await expect(page.getByRole('dialog', { name: `Article from ${original}` })).toBeVisible();
  await page.keyboard.press('Escape');
  // The cluster of the copied report: its coverage row says how many of its outlets are independent.
  const cluster = bundle.clusters.find((c) => c.id === copy.clusterId)!;
  expect(cluster.independentOutletIds.length).toBeLessThan(cluster.outletIds.length);
  // Narrowed to the cluster's day and first actor, so its row is among the few the matrix draws.
  await page.goto(`/?corpus=demo&actors=${cluster.actorIds[0]}&from=${cluster.date}&to=${cluster.date}`);
  const grid = outlets(page).getByRole('grid');
  const sources = `${cluster.independentOutletIds.length} of ${cluster.outletIds.length} independent`;
  await expect(grid.getByRole('button', { name: new RegExp(`^${formatEventDate(cluster.date, cluster.datePrecision)}, ${cluster.type}, .*outlets?, ${sources}`) }).first()).toBeVisible();
});
