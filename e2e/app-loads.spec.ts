import { expect, test } from '@playwright/test';

test('the page loads the seed bundle and shows the corpus summary and events', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Parley' })).toBeVisible();
  await expect(page.getByText(/5 articles · 5 outlets · \d+ events · Oct 2023–Jul 2025/)).toBeVisible();
  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.getByText(/is not sending a delegation to Cairo or Doha/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/app-1280.png', fullPage: false });
  expect(errors).toEqual([]);
});

test('a broken bundle shows a readable error naming the rebuild command', async ({ page }) => {
  await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 99}' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not match the schema');
  await expect(alert).toContainText('npm run extract');
});
