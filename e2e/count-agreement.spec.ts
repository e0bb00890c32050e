import { expect, type Locator, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { saveScreenshot } from './support/screenshots.ts';

type Bundle = {
  articles: { id: string; outletId: string }[];
  outlets: { id: string; name: string }[];
  events: { id: string; articleId: string; clusterId: string; source: string[]; target: string[] }[];
};
type Counts = { reports: number; realWorldEvents: number };

const CORPORA = [
  { name: 'seeds', query: '', file: '/data/bundle.json' },
  { name: 'demo', query: 'corpus=demo', file: '/data/bundle-demo.json' },
] as const;
const FILTERS = [
  { name: 'no filter', query: '', actor: null },
  { name: 'an actor filter', query: 'actors=donald-trump', actor: 'donald-trump' },
] as const;

const outlets = (page: Page) => page.getByRole('region', { name: 'Outlet comparison' });

async function openTab(page: Page, name: string) {
  await outlets(page).getByRole('tab', { name }).click();
  await expect(outlets(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Per outlet name, straight from the bundle file: passing reports, and the distinct clusters they belong to. */
function expectedCounts(bundle: Bundle, actor: string | null): Map<string, Counts> {
  const outletOf = new Map(bundle.articles.map((a) => [a.id, a.outletId]));
  const nameOf = new Map(bundle.outlets.map((o) => [o.id, o.name]));
  const tally = new Map<string, { reports: number; clusters: Set<string> }>();
  for (const e of bundle.events) {
    if (actor && !e.source.includes(actor) && !e.target.includes(actor)) continue;
    const name = nameOf.get(outletOf.get(e.articleId)!)!;
    const t = tally.get(name) ?? { reports: 0, clusters: new Set<string>() };
    t.reports++;
    t.clusters.add(e.clusterId);
    tally.set(name, t);
  }
  return new Map([...tally].map(([name, t]) => [name, { reports: t.reports, realWorldEvents: t.clusters.size }]));
}

/** "Name 17 unit" labels (aria-label, else the text without the aria-hidden tick) of a set of elements, read in one call as name → number. */
async function countsByName(items: Locator, unit: string): Promise<Map<string, number>> {
  const pattern = new RegExp(`^\\s*(.+?):?\\s*(\\d+) ${unit}s?$`);
  const names = await items.evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? (e.textContent ?? '').replace('✓', '').replace(/\s+/g, ' ')),
  );
  const found = new Map<string, number>();
  for (const name of names) {
    const m = pattern.exec(name.trim());
    if (m) found.set(m[1]!.trim(), Number(m[2]));
  }
  return found;
}

/** An option list opened from its combobox, read as outlet name → count, then closed. */
async function optionCounts(page: Page, combobox: string, unit: string): Promise<Map<string, number>> {
  await page.getByRole('combobox', { name: combobox }).click();
  const list = page.getByRole('listbox', { name: combobox });
  await expect(list.getByRole('option').first()).toBeVisible();
  const counts = await countsByName(list.getByRole('option'), unit);
  await page.keyboard.press('Escape');
  return counts;
}

for (const corpus of CORPORA)
  for (const filter of FILTERS) {
    const url = `/?${[corpus.query, filter.query].filter(Boolean).join('&')}`;

    test(`${corpus.name}, ${filter.name}: Coverage columns, outlet pickers and Profiles cards give the same counts`, async ({
      page,
    }, info) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      const bundle = (await page.evaluate(async (file) => (await fetch(file)).json(), corpus.file)) as Bundle;
      const expected = expectedCounts(bundle, filter.actor);
      const realWorld = new Map([...expected].map(([name, c]) => [name, c.realWorldEvents]));
      const reports = new Map([...expected].map(([name, c]) => [name, c.reports]));

      // Coverage: every column header, and every outlet of the "Outlet columns" picker that has a report.
      const grid = outlets(page).getByRole('grid', { name: /^Coverage matrix/ });
      // The bundle loads in a worker: the counts are read once the matrix has drawn its columns.
      await expect(grid.getByRole('columnheader', { name: /real-world event/ }).first()).toBeVisible();
      const headers = await countsByName(
        grid.getByRole('columnheader', { name: /real-world event/ }),
        'real-world event',
      );
      expect(headers.size).toBe(Math.min(8, expected.size));
      for (const [name, n] of headers) expect([name, n]).toEqual([name, realWorld.get(name)]);
      const picker = await optionCounts(page, 'Outlet columns', 'real-world event');
      expect(new Map([...picker].filter(([, n]) => n > 0))).toEqual(realWorld);
      // The filter bar's Outlets control counts reports (no outlet filter is set, so its crossfilter counts are all the reports).
      const facet = await optionCounts(page, 'Outlets', 'report');
      expect(new Map([...facet].filter(([, n]) => n > 0))).toEqual(reports);
      await saveScreenshot(
        outlets(page),
        info,
        `count-agreement-coverage-${corpus.name}-${filter.actor ? 'actor' : 'all'}`,
      );

      // Profiles: each card states both counts, equal to the Coverage column's and the Outlets control's.
      await openTab(page, 'Profiles');
      const cards = outlets(page).getByRole('article', { name: / profile$/ });
      await expect(cards.first()).toBeVisible();
      expect(await cards.count()).toBe(Math.min(6, expected.size));
      const cardTexts = await cards.evaluateAll((els) =>
        els.map(
          (e) =>
            [
              e.getAttribute('aria-label')!.replace(/ profile$/, ''),
              (e.textContent ?? '').replace(/\s+/g, ' '),
            ] as const,
        ),
      );
      for (const [name, text] of cardTexts) {
        const m = /(\d+) real-world events? · (\d+) reports?/.exec(text);
        expect(m, `${name}'s card names its counts`).not.toBeNull();
        expect([name, Number(m![1]), Number(m![2])]).toEqual([name, realWorld.get(name), reports.get(name)]);
        expect(headers.get(name) ?? realWorld.get(name)).toBe(Number(m![1]));
      }
      // Profiles show the busiest outlets in the order Coverage ranks its columns.
      expect(cardTexts.map(([name]) => name)).toEqual([...headers.keys()].slice(0, cardTexts.length));
      await saveScreenshot(
        outlets(page),
        info,
        `count-agreement-profiles-${corpus.name}-${filter.actor ? 'actor' : 'all'}`,
      );
      expect(await seriousViolations(page, '#outlet-comparison')).toEqual([]);
    });

    test(`${corpus.name}, ${filter.name}: Differences lists every disagreement Framing shows`, async ({
      page,
    }, info) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      await openTab(page, 'Differences');
      const section = outlets(page).getByRole('region', {
        name: 'Reports that disagree on date, modality or participants',
      });
      const total = Number(/\((\d+)\)/.exec(await section.getByRole('heading').innerText())![1]);
      const listed = await section
        .getByRole('list', { name: 'Disagreeing events' })
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
      expect(listed).toHaveLength(total);

      await openTab(page, 'Framing');
      const choices = outlets(page)
        .getByRole('list', { name: 'Events reported by two or more outlets' })
        .getByRole('button');
      const n = await choices.count();
      const shown: string[] = [];
      let scannedUncompared = false;
      for (let k = 0; k < n; k++) {
        const choice = choices.nth(k);
        const [dateLabel, type] = (await choice.getAttribute('aria-label'))!.split(', ');
        await choice.click();
        await expect(outlets(page).getByRole('list', { name: 'Reports side by side' })).toBeVisible();
        const disagreement = outlets(page).getByRole('list', { name: 'Disagreements across outlets' });
        if (await disagreement.count()) {
          const reason = (await disagreement.innerText()).replace(/^≠\s*/, '').trim();
          shown.push(reason);
          // The same event, with the same sentence, in the Differences list.
          expect(
            listed.some(
              (name) => name.startsWith(`${dateLabel}, ${type}, `) && name.endsWith(`: ${reason}. Show all reports`),
            ),
            `${dateLabel} ${type}: ${reason}`,
          ).toBe(true);
          if (shown.length === 1)
            await saveScreenshot(
              outlets(page),
              info,
              `count-agreement-framing-${corpus.name}-${filter.actor ? 'actor' : 'all'}`,
            );
        }
        // Once, where a report outside the comparison is shown: its marking must keep the text readable.
        if (!scannedUncompared && (await outlets(page).getByText('Not compared:').count())) {
          scannedUncompared = true;
          expect(await seriousViolations(page, '#outlet-comparison')).toEqual([]);
          await saveScreenshot(
            outlets(page),
            info,
            `count-agreement-framing-uncompared-${corpus.name}-${filter.actor ? 'actor' : 'all'}`,
          );
        }
        await outlets(page).getByRole('button', { name: 'Choose another event' }).click();
      }
      // And no more: the two tabs count the same disagreements.
      expect(shown).toHaveLength(total);
    });
  }
