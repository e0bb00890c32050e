import { expect, test } from '@playwright/test';

test('choosing an actor adds a chip, writes the URL, and reset clears everything', async ({ page }) => {
  await page.goto('/');
  const actors = page.getByRole('combobox', { name: 'Actors' });
  await actors.fill('Witkoff');
  await page.getByRole('option', { name: /Steve Witkoff/ }).click();
  await expect(page.getByRole('button', { name: 'Remove filter Steve Witkoff' })).toBeVisible();
  await expect(page).toHaveURL(/actors=steve-witkoff/);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove filter Steve Witkoff' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/actors=/);
});

test('reloading a copied URL restores filters and selection; back and forward walk the history', async ({ page }) => {
  await page.goto('/?actors=benjamin-netanyahu&types=CONSULT&from=2025-07-01&to=2025-07-31');
  await expect(page.getByRole('button', { name: 'Remove filter Benjamin Netanyahu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter CONSULT' })).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-07-01');
  await page.getByRole('button', { name: 'Remove filter CONSULT' }).click();
  await expect(page).not.toHaveURL(/types=/);
  await page.goBack();
  await expect(page).toHaveURL(/types=CONSULT/);
  await expect(page.getByRole('button', { name: 'Remove filter CONSULT' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Remove filter CONSULT' })).toHaveCount(0);
});

test('hostile URL values are ignored in favour of defaults', async ({ page }) => {
  await page.goto('/?types=<script>alert(1)</script>&from=2025-02-30&actors=<img%20src=x%20onerror=alert(1)>&sel=event:<b>');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
});

test('an evidence selection in the URL opens the panel; Escape closes it', async ({ page }) => {
  await page.goto('/');
  const event = await page.evaluate(async () => {
    const bundle = await (await fetch('/data/bundle.json')).json();
    return bundle.events.find((e: { evidence: { text: string } }) => e.evidence.text.includes('is not sending a delegation')).id as string;
  });
  await page.goto(`/?sel=event:${encodeURIComponent(event)}`);
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText('Israel is not sending a delegation to Cairo or Doha');
  await expect(evidence).toContainText('denied');
  await evidence.getByRole('button', { name: 'Open the article' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toContainText('Israel is not sending a delegation');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(evidence).toHaveCount(0);
});
