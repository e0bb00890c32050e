import { expect, type Page, test } from '@playwright/test';

// Chromium fills a date field segment by segment (month, day, year in en-US), and the year passes through
// 0002, 0020 and 0202 on the way to 2025: each is a valid date, and none may become a filter or a history entry.
test.use({ locale: 'en-US' });

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

async function typeDate(page: Page, label: string, digits: string) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(digits, { delay: 40 });
  // Longer than the URL sync's wait for a paint: a commit would have been written by now.
  await page.waitForTimeout(400);
}

test('typing a From date commits it once, on Enter, and Back undoes it in one step', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const before = await historyLength(page);
  await typeDate(page, 'From', '07012025');
  expect(page.url()).not.toContain('from=');
  expect(await historyLength(page)).toBe(before);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2025-07-01/);
  await expect(page.getByRole('button', { name: /Remove filter/ })).toHaveCount(1);
  expect(await historyLength(page)).toBe(before + 1);
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});

test('typing a To date commits it when the user clicks elsewhere', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const before = await historyLength(page);
  await typeDate(page, 'To', '02052025');
  expect(page.url()).not.toContain('to=');
  await page.getByRole('heading', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/to=2025-02-05/);
  expect(await historyLength(page)).toBe(before + 1);
});
