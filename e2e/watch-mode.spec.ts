import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CAUCASUS_STORY, newsPage, SAHEL_STORY } from '../src/pipeline/test-support/news-pages.ts';
import { freePort } from './support/free-port.ts';
import { saveScreenshot } from './support/screenshots.ts';

// Watch mode (`npm run dev`): a dev server over a folder of saved pages, written by the test, with no
// manifest. A page copied in while the dashboard is open must appear without a reload of the page.
test.describe.configure({ timeout: 120_000 });

let server: ChildProcess | null = null;
let base = '';
let corpus = '';
let spare = '';

test.beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'parley-watch-'));
  spare = mkdtempSync(join(tmpdir(), 'parley-spare-'));
  writeFileSync(join(corpus, 'caucasus-talks.html'), newsPage(CAUCASUS_STORY));
  writeFileSync(join(spare, 'mali-envoy.html'), newsPage(SAHEL_STORY));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(resolve('node_modules/.bin/vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: {
      ...process.env,
      PARLEY_CORPUS: corpus,
      PARLEY_BUNDLE: join(corpus, '..', `${corpus.split('/').pop()}-bundle.json`),
    },
    stdio: 'ignore',
  });
  await waitFor(async () => (await fetch(`${base}/data/bundle.json`)).ok, 90_000);
});

test.afterAll(() => {
  server?.kill();
});

test('a page saved into the watched folder appears in the open dashboard, with a notice, without a reload', async ({
  page,
}, info) => {
  await page.goto(`${base}/`);
  const list = page.getByRole('region', { name: 'Event list' });
  await expect(list.getByRole('table')).toContainText('Mirzoyan');
  await expect(list.getByRole('table')).not.toContainText('Mali');
  // A marker on the window: a reload would drop it.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  copyFileSync(join(spare, 'mali-envoy.html'), join(corpus, 'mali-envoy.html'));

  const notice = page.getByRole('status', { name: 'Corpus update' });
  await expect(notice).toContainText('1 article added', { timeout: 60_000 });
  await expect(notice).toContainText('“Mali expels French envoy as tensions rise” (Harbour Street Journal)');
  await expect(list.getByRole('table')).toContainText('Mali');
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await saveScreenshot(page, info, 'watch-mode-update');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

async function waitFor(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the dev server did not serve a bundle in time');
}
