import type { Page } from '@playwright/test';

export const timelineRegion = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/**
 * The timeline header ("23 Jun 2025 – 11 Jul 2025 · 4 of 5 marks in view") once it has stopped changing:
 * read every 100 ms until five reads agree, so a window passed through mid-animation does not count.
 */
export async function settledTimelineHeader(page: Page): Promise<string> {
  const summary = timelineRegion(page).getByText(/marks in view$/);
  let last = '';
  let same = 0;
  for (let i = 0; i < 100 && same < 5; i++) {
    const text = (await summary.textContent()) ?? '';
    same = text === last ? same + 1 : 0;
    last = text;
    await page.waitForTimeout(100);
  }
  return last;
}
