import { expect, type Page, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';

/** The number of marks under the filters, from the timeline's "… of N marks in view". */
async function timelineMarks(page: Page): Promise<number> {
  const summary = page.getByRole('region', { name: 'Timeline' }).getByText(/marks in view/);
  const text = (await summary.textContent()) ?? '';
  const match = /of ([\d,]+) marks in view/.exec(text);
  if (!match) throw new Error(`no mark count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** The actors drawn in the network (its nodes are toggle buttons). */
async function networkNodes(page: Page): Promise<number> {
  return page.getByRole('region', { name: 'Actor network' }).locator('[role="button"][aria-pressed]').count();
}

async function chooseActor(page: Page, typed: string, name: RegExp) {
  const actors = page.getByRole('combobox', { name: 'Actors' });
  await actors.fill(typed);
  await page.getByRole('option', { name }).click();
}

test('"between all of" narrows the timeline and the network to events naming both actors, and a reload keeps it', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await chooseActor(page, 'Trump', /Donald Trump/);
  await chooseActor(page, 'Netanyahu', /Benjamin Netanyahu/);
  await page.keyboard.press('Escape');
  const match = page.getByRole('combobox', { name: 'Match' });
  await expect(match).toHaveValue('any');
  await expect(page.getByRole('button', { name: 'Remove filter Donald Trump' })).toBeVisible();
  await expect(page.getByText('Laying out the network…')).toHaveCount(0);
  const [anyMarks, anyNodes] = [await timelineMarks(page), await networkNodes(page)];

  await match.selectOption({ label: 'between all of' });
  await expect(page).toHaveURL(/match=all/);
  await expect(
    page.getByRole('button', { name: 'Remove filter Between Donald Trump and Benjamin Netanyahu' }),
  ).toBeVisible();
  await expect.poll(() => timelineMarks(page)).toBeLessThan(anyMarks);
  await expect.poll(() => networkNodes(page)).toBeLessThan(anyNodes);
  const [allMarks, allNodes] = [await timelineMarks(page), await networkNodes(page)];
  expect(allMarks).toBeGreaterThan(0);
  await saveScreenshot(page, info, 'pair-filter-between-1280');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Match' })).toHaveValue('all');
  await expect(
    page.getByRole('button', { name: 'Remove filter Between Donald Trump and Benjamin Netanyahu' }),
  ).toBeVisible();
  await expect.poll(() => timelineMarks(page)).toBe(allMarks);
  await expect.poll(() => networkNodes(page)).toBe(allNodes);
});

test('"A acts on B" keeps one direction, is written to the URL and survives a reload; old links read as "involving any of"', async ({
  page,
}) => {
  await page.goto('/?actors=donald-trump,benjamin-netanyahu&match=all');
  const match = page.getByRole('combobox', { name: 'Match' });
  await expect(match).toHaveValue('all');
  const allMarks = await timelineMarks(page);
  await match.selectOption({ label: 'Benjamin Netanyahu acts on Donald Trump' });
  await expect(page).toHaveURL(
    /actors=benjamin-netanyahu%2Cdonald-trump&match=directed|actors=benjamin-netanyahu,donald-trump&match=directed/,
  );
  await expect(
    page.getByRole('button', { name: 'Remove filter Benjamin Netanyahu acts on Donald Trump' }),
  ).toBeVisible();
  await expect.poll(() => timelineMarks(page)).toBeLessThanOrEqual(allMarks);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Match' })).toHaveValue('a-on-b');
  await expect(
    page.getByRole('button', { name: 'Remove filter Benjamin Netanyahu acts on Donald Trump' }),
  ).toBeVisible();

  await page.goto('/?actors=donald-trump,benjamin-netanyahu');
  await expect(page.getByRole('combobox', { name: 'Match' })).toHaveValue('any');
  await expect(page.getByRole('button', { name: 'Remove filter Benjamin Netanyahu' })).toBeVisible();
});
