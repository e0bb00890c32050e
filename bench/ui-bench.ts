import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';

// UI benchmark: the dashboard over a synthetic bundle of 100,000 events (bench/generate-bundle.ts).
// For each filter kind it makes at least 30 changes through the store and measures the time from the
// change to the end of the next painted frame after React has committed, i.e. until all three views
// show the new filters (changes 100 ms apart). Prints p50 and p95 per kind: actor, type and outlet changes while the other two
// filters are set (narrowing), each alone from the unfiltered view (the heaviest case), and brush moves.
const PORT = 4199;
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const root = resolve(import.meta.dirname, '..');
// BUNDLE=path measures another bundle (the GDELT import, a larger synthetic one); the default is generated when missing.
const bundlePath = resolve(root, process.env.BUNDLE ?? 'bench/out/bundle-100k.json');
const distDir = resolve(root, 'dist-bench');

if (!existsSync(bundlePath) && !process.env.BUNDLE) {
  console.log('generating the 100,000-event bundle...');
  execFileSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['bench/generate-bundle.ts', '--events', '100000', '--actors', '2000', '--outlets', '50', '--out', bundlePath],
    { cwd: root, stdio: 'inherit' },
  );
}
console.log('building the app...');
rmSync(distDir, { recursive: true, force: true });
execFileSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--outDir', distDir, '--emptyOutDir'], {
  cwd: root,
  stdio: 'ignore',
});
rmSync(resolve(distDir, 'data'), { recursive: true, force: true });
mkdirSync(resolve(distDir, 'data'), { recursive: true });
copyFileSync(bundlePath, resolve(distDir, 'data/bundle.json'));
// The columnar bundle beside it (npm run bench:generate -- --format both), which the app loads first; its
// text shards keep their names (bundle.arrow's metadata names them). FORMAT=json measures the JSON route.
const arrowPath = bundlePath.replace(/\.json$/, '.arrow');
if (process.env.FORMAT !== 'json' && existsSync(arrowPath)) {
  copyFileSync(arrowPath, resolve(distDir, 'data/bundle.arrow'));
  for (const f of readdirSync(dirname(arrowPath)).filter((f) =>
    f.startsWith(`${basename(arrowPath, '.arrow')}.texts-`),
  ))
    copyFileSync(resolve(dirname(arrowPath), f), resolve(distDir, 'data', f));
}
console.log(
  `the page loads ${existsSync(resolve(distDir, 'data/bundle.arrow')) ? 'bundle.arrow (in a worker)' : 'bundle.json'}`,
);

const server = spawn(
  resolve(root, 'node_modules/.bin/vite'),
  ['preview', '--outDir', distDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { cwd: root, stdio: 'ignore' },
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  // --expose-gc: the bench collects its own garbage (its copy of the bundle) before measuring.
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // tsx keeps function names with a helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await waitForServer(page);
  const loadStarted = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/?bench=1`);
  await page.getByRole('heading', { name: 'Parley' }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => 'parleyStore' in window, null, { timeout: 60_000 });
  console.log(`loaded and first paint in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);
  const results = await page.evaluate(measureInPage, ROUNDS);
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Chromium headless, 1920x1080, ${ROUNDS} changes per kind`,
  );
  console.log(`bundle: ${bundlePath}`);
  console.log(`tab memory after the changes: ${await tabMemory(page)}`);
  for (const [kind, times] of Object.entries(results)) {
    const sorted = [...times].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    console.log(
      `${kind.padEnd(13)} p50 ${q(0.5).toFixed(1).padStart(6)} ms   p95 ${q(0.95).toFixed(1).padStart(6)} ms   max ${sorted.at(-1)!.toFixed(1)} ms   (n=${times.length})`,
    );
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(distDir, { recursive: true, force: true });
}

/** The page's JavaScript heap (used of total), from Chromium's own metrics. */
async function tabMemory(page: import('@playwright/test').Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const mb = (name: string) => (metric(name) / 2 ** 20).toFixed(0);
  return `JS heap ${mb('JSHeapUsedSize')} MB used of ${mb('JSHeapTotalSize')} MB, ${metric('Nodes')} DOM nodes`;
}

async function waitForServer(page: import('@playwright/test').Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error('preview server did not start');
}

/** Runs in the page: drives the store and times each change to the next painted frame. */
async function measureInPage(rounds: number): Promise<Record<string, number[]>> {
  type Store = { getState: () => Record<string, (...args: unknown[]) => void> & { reset: () => void } };
  const store = (window as unknown as { parleyStore: Store }).parleyStore;
  // What the changes pick from, read from a copy of the bundle that is then dropped: kept alive, that copy
  // would double the page's heap and every garbage collection's cost.
  const { actors, outlets, firstDay } = await (async () => {
    const bundle = await (await fetch('/data/bundle.json')).json();
    const counts = new Map<string, number>();
    for (const e of bundle.events) for (const a of [...e.source, ...e.target]) counts.set(a, (counts.get(a) ?? 0) + 1);
    const days: string[] = bundle.events
      .map((e: { date: string | null }) => e.date)
      .filter(Boolean)
      .sort();
    return {
      actors: [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([id]) => id)
        .slice(0, 40),
      outlets: bundle.outlets.map((o: { id: string }) => o.id) as string[],
      firstDay: days[0]!,
    };
  })();
  // Resolves right after the next frame is painted: the animation frame runs before the paint, a task
  // queued from it runs after (two animation frames would add a whole idle frame to every figure).
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // Changes come at least 100 ms apart, as clicks and brush steps do, and only once the page is idle, so that
  // no figure includes what the previous change left to do after its paint (the counts, lists, Trends and Map
  // that follow a frame later): after a reset to all 100,000 events that work can outlast 100 ms.
  const idle = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
  const settle = async () => {
    await new Promise<void>((r) => setTimeout(r, 100));
    await idle();
    await idle();
  };
  const time = async (change: () => void) => {
    await settle();
    const t0 = performance.now();
    change();
    await frame();
    return performance.now() - t0;
  };
  (window as unknown as { gc?: () => void }).gc?.();
  const types = ['CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'ASSAULT', 'AGREE', 'REJECT', 'SANCTION'];
  const first = Date.parse(`${firstDay}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const out: Record<string, number[]> = {
    actor: [],
    type: [],
    outlet: [],
    brush: [],
    'actor alone': [],
    'type alone': [],
    'outlet alone': [],
  };
  store.getState().reset();
  await frame();
  // Narrowing: the three filters set together, one changed at a time (as a user combines them).
  for (let i = 0; i < rounds; i++) {
    out.actor!.push(await time(() => store.getState().setActors!([actors[i % 40]!])));
    out.type!.push(await time(() => store.getState().setTypes!([types[i % types.length]!])));
    out.outlet!.push(await time(() => store.getState().setOutlets!([outlets[i % outlets.length]!])));
  }
  // Alone: each change from the unfiltered view, the heaviest case (most events pass).
  const alone = async (kind: string, change: (i: number) => void) => {
    for (let i = 0; i < rounds; i++) {
      store.getState().reset();
      await frame();
      out[kind]!.push(await time(() => change(i)));
    }
  };
  await alone('actor alone', (i) => store.getState().setActors!([actors[i % 40]!]));
  await alone('type alone', (i) => store.getState().setTypes!([types[i % types.length]!]));
  await alone('outlet alone', (i) => store.getState().setOutlets!([outlets[i % outlets.length]!]));
  store.getState().reset();
  await frame();
  for (let i = 0; i < rounds; i++) {
    // A brush dragged across the axis: a 60-day window moving a week at a time.
    const from = first + i * 7 * 86_400_000;
    out.brush!.push(await time(() => store.getState().setDateRange!(iso(from), iso(from + 60 * 86_400_000))));
  }
  store.getState().reset();
  return out;
}
