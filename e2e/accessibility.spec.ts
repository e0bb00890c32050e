import { seriousViolations } from './support/axe.ts';
import { saveScreenshot, SCREEN_SIZES } from './support/screenshots.ts';
import { expect, test } from '@playwright/test';

// An axe scan of the whole dashboard walks thousands of SVG nodes: over 30 s on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });


for (const [name, path] of [
  ['the dashboard', '/'],
  ['the dashboard with filters and evidence open', '/?actors=benjamin-netanyahu&sel=cluster:c00001'],
] as const) {
  test(`axe finds no serious or critical violations on ${name}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    if (path.includes('sel=')) await expect(page.getByRole('complementary', { name: 'Evidence' })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const [width, height] of SCREEN_SIZES) {
  test(`screenshot at ${width}x${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?actors=donald-trump,benjamin-netanyahu');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await page.waitForTimeout(500);
    await saveScreenshot(page, info, `dashboard-${width}x${height}`);
  });
}
