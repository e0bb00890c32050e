import type { Locator, Page, TestInfo } from '@playwright/test';

/** The two window sizes the dashboard must read well at. */
export const SCREEN_SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

/**
 * Saves a screenshot as test-results/screenshots/<name>.png (the whole page, or one region) and attaches it
 * to the test's report, so every run leaves the pictures to look at.
 */
export async function saveScreenshot(target: Page | Locator, info: TestInfo, name: string): Promise<void> {
  const path = `test-results/screenshots/${name}.png`;
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}
