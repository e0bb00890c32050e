import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { ensureSyntheticBundle, givenBundle } from './scale/bench-bundles.ts';
import { KINDS } from './scale/change-plan.ts';
import { buildApp, stageBundle, startPreview } from './scale/page-server.ts';
import { measurePage } from './scale/page-run.ts';
import { quantiles } from './scale/quantiles.ts';
import { tabMemoryText } from './scale/tab-memory.ts';

// UI benchmark: the dashboard over a synthetic bundle of 100,000 events (bench/generate-bundle.ts).
// For each filter kind it makes ROUNDS changes (default 30) through the store and measures the time from the
// change to the end of the next painted frame after React has committed, i.e. until the header, the filter bar
// and the timeline show the new filters, and to the end of the frame after, when the views that follow the
// paint (network, comparison, map, trends, event list) do too: "every view" (changes 100 ms apart, on an idle
// page). Prints p50, p95 and max per kind: actor, type and outlet
// changes while the other two filters are set (narrowing), each alone from the unfiltered view (the heaviest
// case), and brush moves. `npm run bench:scale` runs the same measures at several sizes, with the data-only ones.
const PORT = Number(process.env.PORT ?? 4199);
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const LOAD_TIMEOUT_MS = 1000 * Number(process.env.LOAD_TIMEOUT ?? 120);
const root = resolve(import.meta.dirname, '..');
const distDir = resolve(root, 'dist-bench');
// BUNDLE=path measures another bundle (the GDELT import, a larger synthetic one; its .arrow is served when
// beside it); the default, bench/out/bundle-100k.arrow, is generated when missing. FORMAT=json: the JSON route.
const bundle = process.env.BUNDLE ? givenBundle(resolve(root, process.env.BUNDLE)) : ensureSyntheticBundle(100_000);

buildApp(distDir);
console.log(`the page loads ${stageBundle(distDir, bundle, process.env.FORMAT === 'json' ? 'json' : 'columns')}`);
const server = await startPreview(distDir, PORT);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  // --expose-gc: the bench collects garbage before measuring.
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
try {
  const url = `http://127.0.0.1:${PORT}/?bench=1`;
  const run = await measurePage(browser, { url, rounds: ROUNDS, loadTimeoutMs: LOAD_TIMEOUT_MS });
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Chromium headless, 1920x1080, ${ROUNDS} changes per kind`,
  );
  console.log(`bundle: ${bundle.label}`);
  console.log(run.failure ?? `loaded and first paint in ${(run.firstPaintMs! / 1000).toFixed(1)} s`);
  const stages = Object.entries(run.stages).map(([name, ms]) => `${name} ${Math.round(ms)}`);
  if (stages.length) console.log(`load stages, ms from navigation: ${stages.join(', ')}`);
  console.log(`tab memory after the changes: ${tabMemoryText(run.memory)}`);
  for (const kind of KINDS) {
    const times = run.times[kind];
    if (!times) continue;
    const q = quantiles(times);
    const all = quantiles(run.everyView[kind] ?? times);
    console.log(
      `${kind.padEnd(13)} p50 ${q.p50.toFixed(1).padStart(6)} ms   p95 ${q.p95.toFixed(1).padStart(6)} ms   max ${q.max.toFixed(1)} ms   (n=${times.length})   every view: p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(distDir, { recursive: true, force: true });
}
