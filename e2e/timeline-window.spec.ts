import { expect, type Page, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';
import { settledTimelineHeader } from './support/timeline.ts';

// The timeline's detail window must land on what the filters select whatever the animation does: at full
// speed, with the CPU slowed down (zoom transitions then span few, long frames, and React renders between
// them), and with reduced motion (no transition at all).

type Bundle = {
  articles: { id: string; outletId: string }[];
  outlets: { id: string; name: string }[];
  actors: { id: string; name: string }[];
  events: { articleId: string; clusterId: string; source: string[]; target: string[]; date: string | null }[];
};

/** An outlet and an actor whose dated events all lie before `before` (ISO), with how many clusters each has. */
type EarlyChoices = { outlet: { name: string; clusters: number }; actor: { name: string; clusters: number } };

async function earlyChoices(page: Page, before: string): Promise<EarlyChoices> {
  return page.evaluate(async (before) => {
    const bundle = (await (await fetch('/data/bundle.json')).json()) as Bundle;
    const outletOf = new Map(bundle.articles.map((a) => [a.id, a.outletId]));
    /** The key with the most clusters among those whose every dated event is before `before`. */
    const pick = (keysOf: (e: Bundle['events'][number]) => string[]) => {
      const clusters = new Map<string, Set<string>>();
      const late = new Set<string>();
      for (const e of bundle.events) {
        for (const k of keysOf(e)) {
          if (!clusters.has(k)) clusters.set(k, new Set());
          clusters.get(k)!.add(e.clusterId);
          if (e.date === null || e.date >= before) late.add(k);
        }
      }
      const early = [...clusters]
        .filter(([k]) => !late.has(k))
        .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
      if (early.length === 0) throw new Error(`nothing lies wholly before ${before}`);
      return { id: early[0]![0], clusters: early[0]![1].size };
    };
    const outlet = pick((e) => [outletOf.get(e.articleId)!]);
    const actor = pick((e) =>
      [...new Set([...e.source, ...e.target])].filter((a) => bundle.actors.some((x) => x.id === a)),
    );
    return {
      outlet: { name: bundle.outlets.find((o) => o.id === outlet.id)!.name, clusters: outlet.clusters },
      actor: { name: bundle.actors.find((a) => a.id === actor.id)!.name, clusters: actor.clusters },
    };
  }, before);
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

type Summary = { window: string; from: string; inView: number; total: number };

/** The settled timeline header, read into its window, first day and mark counts. */
async function settledSummary(page: Page): Promise<Summary> {
  const last = await settledTimelineHeader(page);
  const m = /^(.+?)(?: – (.+))? · ([\d,]+) of ([\d,]+) marks in view$/.exec(last);
  if (!m) throw new Error(`unexpected timeline summary: ${last}`);
  const from = new Date(`${m[1]} UTC`).toISOString().slice(0, 10);
  return {
    window: m[2] ? `${m[1]} – ${m[2]}` : m[1]!,
    from,
    inView: Number(m[3]!.replace(/,/g, '')),
    total: Number(m[4]!.replace(/,/g, '')),
  };
}

/** Every mark the filters select is in the window, drawn and reachable. */
async function expectAllInView(page: Page, clusters: number) {
  const s = await settledSummary(page);
  expect(s, `window ${s.window}`).toMatchObject({ inView: clusters, total: clusters });
  await expect(
    timeline(page)
      .getByRole('group', { name: /Events in view/ })
      .getByRole('button'),
  ).toHaveCount(clusters);
}

async function chooseOption(page: Page, control: string, name: string) {
  await page.getByRole('combobox', { name: control }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }).click();
  await page.keyboard.press('Escape');
}

const CONDITIONS: { name: string; slug: string; setup: (page: Page) => Promise<void> }[] = [
  { name: 'at full speed', slug: 'normal', setup: async () => {} },
  {
    name: 'with the CPU throttled 4x',
    slug: 'throttled',
    setup: async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    },
  },
  {
    name: 'with reduced motion',
    slug: 'reduced-motion',
    setup: (page) => page.emulateMedia({ reducedMotion: 'reduce' }),
  },
];

for (const condition of CONDITIONS) {
  test.describe(`timeline window ${condition.name}`, () => {
    // Settling is waited for after every step, and a throttled CPU makes each step slow.
    test.describe.configure({ timeout: 90_000 });
    test.beforeEach(async ({ page }) => {
      await condition.setup(page);
      await page.goto('/');
      // The first load is slow on a throttled CPU: the bundle is parsed and validated at a quarter speed.
      await expect(timeline(page).getByText(/marks in view$/)).toBeVisible({ timeout: 30_000 });
    });

    test('filtering to an outlet, then an actor, whose events lie before the window brings them all into view; Fit all keeps them there', async ({
      page,
    }, info) => {
      const initial = await settledSummary(page);
      expect(initial.inView).toBeLessThan(initial.total);
      const early = await earlyChoices(page, initial.from);

      await chooseOption(page, 'Outlets', early.outlet.name);
      await expectAllInView(page, early.outlet.clusters);
      await saveScreenshot(timeline(page), info, `timeline-window-${condition.slug}-outlet`);
      // Fit all, clicked again and again while the previous one may still be animating.
      const fit = timeline(page).getByRole('button', { name: 'Fit all' });
      for (let i = 0; i < 3; i++) await fit.click();
      await expectAllInView(page, early.outlet.clusters);

      await page.getByRole('button', { name: `Remove filter ${early.outlet.name}` }).click();
      await chooseOption(page, 'Actors', early.actor.name);
      await expectAllInView(page, early.actor.clusters);
      await saveScreenshot(timeline(page), info, `timeline-window-${condition.slug}-actor`);
      await fit.click();
      await page.waitForTimeout(120);
      await fit.click();
      await expectAllInView(page, early.actor.clusters);
    });

    test('Fit all after zooming in lands on every selected mark, each time', async ({ page }) => {
      const { total } = await settledSummary(page);
      const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
      const fit = timeline(page).getByRole('button', { name: 'Fit all' });
      for (let round = 0; round < 3; round++) {
        await zoomIn.click();
        await zoomIn.click();
        await fit.click();
        await expectAllInView(page, total);
      }
    });

    test('"earlier" and "later" walk the window to the next marks outside it until none is left', async ({
      page,
    }, info) => {
      for (const side of ['earlier', 'later'] as const) {
        const button = timeline(page).getByRole('button', { name: new RegExp(`^Show ${side} events \\((\\d+) `) });
        let left = Infinity;
        for (let step = 0; step < 20 && (await button.count()) > 0; step++) {
          const label = (await button.getAttribute('aria-label')) ?? '';
          const count = Number(/\((\d+) /.exec(label)![1]);
          expect(count, `${side}: each click brings at least one more mark into view`).toBeLessThan(left);
          left = count;
          await button.click();
          await settledSummary(page);
        }
        await expect(button).toHaveCount(0);
        await saveScreenshot(timeline(page), info, `timeline-window-${condition.slug}-${side}`);
      }
    });
  });
}

test('the window stays where it is when nothing the filters select changes: lanes, a selected mark, Back', async ({
  page,
}) => {
  await page.goto('/');
  const initial = await settledSummary(page);
  await timeline(page).getByRole('button', { name: 'Outlet', exact: true }).click();
  expect((await settledSummary(page)).window).toBe(initial.window);
  await timeline(page).getByRole('button', { name: 'Type', exact: true }).click();
  await timeline(page)
    .getByRole('group', { name: /Events in view/ })
    .getByRole('button')
    .first()
    .click();
  await expect(page).toHaveURL(/sel=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sel=/);
  expect((await settledSummary(page)).window).toBe(initial.window);
});
