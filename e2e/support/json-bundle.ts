import type { Page } from '@playwright/test';

/**
 * Makes the page read bundle.json (the JSON route) by answering 404 for the columnar bundle beside it: tests that
 * rewrite the JSON bundle on its way to the page need the page to load that file.
 */
export async function withoutColumnarBundle(page: Page): Promise<void> {
  await page.route('**/data/bundle*.arrow', (route) => route.fulfill({ status: 404, body: 'not found' }));
}
