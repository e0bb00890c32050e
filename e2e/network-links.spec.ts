import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.ts';

// A link that mixes cooperation and conflict was drawn in a blended grey that read as no tie at all. It is
// now a blue and a red strand side by side: both colours must be on the canvas.

/** How many canvas pixels of the network are (nearly) each colour. */
function countColours(colours: Record<string, number[]>) {
  const canvas = document.querySelector<HTMLCanvasElement>('section[aria-label="Actor network"] canvas')!;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! < 128) continue;
    for (const [name, [r = 0, g = 0, b = 0]] of Object.entries(colours))
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) counts[name]!++;
  }
  return counts;
}

test('the Trump–Netanyahu link (3 cooperation, 1 conflict) shows a blue and a red strand, and the legend says so', async ({
  page,
}, info) => {
  await page.goto('/?actors=donald-trump,benjamin-netanyahu&match=all');
  const network = page.getByRole('region', { name: 'Actor network' });
  const link = network.getByRole('button', {
    name: /^Benjamin Netanyahu – Donald Trump: \d+ events \(\d+ cooperation, [1-9]\d* conflict\)/,
  });
  await expect(link).toHaveCount(1);
  await expect(network.getByRole('group', { name: 'Legend' })).toContainText(
    'both: side by side, each as wide as its share',
  );
  const counts = await page.evaluate(countColours, { cooperation: [0x3b, 0x82, 0xf6], conflict: [0xdc, 0x26, 0x26] });
  expect(counts.cooperation).toBeGreaterThan(20);
  expect(counts.conflict).toBeGreaterThan(20);
  await saveScreenshot(network, info, 'network-mixed-link');
});
