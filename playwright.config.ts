import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium.ts';
import { freePort } from './e2e/support/free-port.ts';

// E2E_PORT pins the test server's port; unset, a free one is picked, so the tests do not clash with
// `npm start` (4173) or another checkout's tests. It goes into the environment because Playwright loads
// this file again in each worker process, and they must all talk to the server the runner started.
process.env.E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    // The build imports the GDELT sample too when ../shared/data/gdelt is present (about 20 s on a busy machine).
    timeout: 300_000,
    reuseExistingServer: false,
  },
});
