import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { buildBundleIndex } from '../src/selectors/bundle-index.ts';
import { acceptanceLines } from './scale/acceptance.ts';
import { type BenchBundle, ensureGdeltBundle, ensureSyntheticBundle, readBenchBundle } from './scale/bench-bundles.ts';
import { type ChangeTargets, changeTargetsOf, planChanges } from './scale/change-plan.ts';
import { buildEngines, ENGINE_NAMES, timeDataRuns } from './scale/data-run.ts';
import { buildApp, stageBundle, startPreview } from './scale/page-server.ts';
import { measurePage, type PageRun } from './scale/page-run.ts';
import { type Builds, type SizeResult, sizeTable } from './scale/scale-report.ts';
import { tabMemoryText } from './scale/tab-memory.ts';

// Scale benchmark, side by side in one run (issue 12): at each size, the dashboard in headless Chromium (load to
// first paint, p50/p95/max per filter kind alone and narrowing, brush moves, the tab's memory; as `bench:ui`)
// and the data part of the same changes on the same events with Parley, crossfilter2 and DuckDB-WASM (as
// `bench:data`), RUNS times each; then one table per size with the spread over the runs, and a line per
// acceptance target of issue 12.
//   npm run bench:scale                                   (100,000 and 1,000,000 synthetic events, and GDELT)
//   SIZES=100000,gdelt RUNS=5 ROUNDS=30 LOAD_TIMEOUT=180 npm run bench:scale
// Bundles are generated (synthetic) or imported (GDELT=dir or file, default ../shared/data/gdelt) into
// bench/out/ when missing.
const SIZES = (process.env.SIZES ?? '100000,1000000,gdelt').split(',');
const RUNS = Number(process.env.RUNS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const LOAD_TIMEOUT_MS = 1000 * Number(process.env.LOAD_TIMEOUT ?? 120);
const ENGINES = (process.env.ENGINES ?? ENGINE_NAMES.join(',')).split(',');
const PORT = 4198;
const root = resolve(import.meta.dirname, '..');
const SHARED_GDELT = resolve(root, '../shared/data/gdelt');
const distDir = resolve(root, 'dist-bench-scale');

console.log(
  `${new Date().toISOString()}; machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
    `load average ${loadavg()[0]!.toFixed(1)}; Node ${process.version}; Chromium headless at 1920x1080`,
);
console.log(
  `sizes ${SIZES.join(', ')}; ${RUNS} runs, ${ROUNDS} changes per kind; first paint timeout ${LOAD_TIMEOUT_MS / 1000} s`,
);
for (const size of SIZES)
  if (size !== 'gdelt' && !(Number(size) > 0 && Number.isInteger(Number(size))))
    throw new Error(`SIZES: "${size}" is neither an event count nor gdelt`);
buildApp(distDir);
const server = await startPreview(distDir, PORT);
try {
  for (const size of SIZES) {
    const bundle = benchBundleOf(size);
    if (!bundle) continue;
    console.log(`\n${bundle.label}: the page loads ${stageBundle(distDir, bundle, 'columns')}`);
    const pageRuns = await measurePageRuns();
    const result: SizeResult = {
      label: bundle.label,
      shape: null,
      targets: size !== 'gdelt' && Number(size) >= 1_000_000 ? 'million' : 'hundred-thousand',
      pageRuns,
      data: { error: 'not run' },
    };
    await measureData(bundle, result);
    console.log(['', ...sizeTable(result, ROUNDS), '', ...acceptanceLines(result)].join('\n'));
  }
} finally {
  server.kill();
  rmSync(distDir, { recursive: true, force: true });
}

/** The size's bundle, generated or imported when missing; null (and said) when it cannot be made. */
function benchBundleOf(size: string): BenchBundle | null {
  try {
    if (size === 'gdelt') return ensureGdeltBundle(process.env.GDELT ?? SHARED_GDELT, SHARED_GDELT);
    return ensureSyntheticBundle(Number(size));
  } catch (error) {
    console.log(`\n${size}: skipped, ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

/** RUNS page loads, each in a fresh browser (a page that does not load or crashes is reported, and the run goes on). */
async function measurePageRuns(): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  for (let run = 1; run <= RUNS; run++) {
    // --expose-gc: the page bench collects garbage before measuring.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    });
    try {
      runs.push(await pageRun(browser));
    } finally {
      await browser.close();
    }
    const last = runs.at(-1)!;
    const paint = last.failure ?? `first paint ${(last.firstPaintMs! / 1000).toFixed(1)} s`;
    console.log(`page run ${run}/${RUNS}: ${paint}; ${tabMemoryText(last.memory)}`);
  }
  return runs;
}

async function pageRun(browser: Browser): Promise<PageRun> {
  const url = `http://127.0.0.1:${PORT}/?bench=1`;
  try {
    return await measurePage(browser, { url, rounds: ROUNDS, loadTimeoutMs: LOAD_TIMEOUT_MS });
  } catch (error) {
    const failure = `the page failed: ${(error as Error).message.split('\n')[0]}`;
    return {
      firstPaintMs: null,
      failure,
      times: {},
      everyView: {},
      memory: { heapUsedMb: null, heapTotalMb: null, rendererMb: null },
      stages: {},
      targets: null,
    };
  }
}

/** The data-only measures on the bundle the page loaded, read in Node as the page reads it; fills `result`. */
async function measureData(bundle: BenchBundle, result: SizeResult): Promise<void> {
  try {
    let t = performance.now();
    const events = readBenchBundle(bundle);
    console.log(`read in Node in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    result.shape = `${events.events.length.toLocaleString('en')} events, ${events.actors.length.toLocaleString('en')} actors, ${events.outlets.length.toLocaleString('en')} outlets`;
    t = performance.now();
    const index = buildBundleIndex(events);
    const builds: Builds = new Map([['parley index', performance.now() - t]]);
    const targets = changeTargetsOf(index);
    warnIfTargetsDiffer(targets, result.pageRuns);
    const engines = await buildEngines(index, ENGINES);
    for (const engine of engines) if (engine.build) builds.set(engine.name, engine.build);
    result.data = { builds, runs: timeDataRuns(engines, planChanges(targets, ROUNDS), RUNS) };
  } catch (error) {
    result.data = { error: (error as Error).message.split('\n')[0]! };
  }
}

/** The page picks its changes from its own index: the same events must give the data engines the same changes. */
function warnIfTargetsDiffer(targets: ChangeTargets, runs: PageRun[]): void {
  const page = runs.find((r) => r.targets)?.targets;
  if (page && JSON.stringify(page) !== JSON.stringify(targets))
    console.log(
      'warning: the page and Node picked different changes; the data-only figures are not for the same changes',
    );
}
