import { cpus, totalmem } from 'node:os';
import { buildBundleIndex } from '../src/selectors/bundle-index.ts';
import { generateBundle } from './generate-bundle.ts';
import { syntheticShape } from './scale/bench-bundles.ts';
import { changeTargetsOf, KINDS, planChanges } from './scale/change-plan.ts';
import { buildEngines, ENGINE_NAMES, timeDataRuns } from './scale/data-run.ts';
import { median, spreadText } from './scale/quantiles.ts';

// Data-only filter work, side by side: Parley's masks and faceted counts, crossfilter2 and DuckDB-WASM on the
// same synthetic events (bench/generate-bundle.ts), the same changes as the page bench makes in the page
// (bench/scale/change-plan.ts). Nothing is drawn: this is the data part of a filter change. Each engine runs
// RUNS times (default 3), and the median and spread of p50/p95 over the runs is printed.
//   npx tsx bench/scale-data-bench.ts            (100,000 and 1,000,000 events)
//   SIZES=100000 RUNS=5 ROUNDS=30 npx tsx bench/scale-data-bench.ts
const SIZES = (process.env.SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const ENGINES = (process.env.ENGINES ?? ENGINE_NAMES.join(',')).split(',');

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const size of SIZES) {
  let t = performance.now();
  const bundle = generateBundle(syntheticShape(size));
  console.log(
    `\n${size.toLocaleString('en')} events, ${bundle.actors.length} actors, ${bundle.outlets.length} outlets: generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  const index = buildBundleIndex(bundle);
  console.log(`Parley index built in ${(performance.now() - t).toFixed(0)} ms`);
  const plan = planChanges(changeTargetsOf(index), ROUNDS);
  const engines = await buildEngines(index, ENGINES);
  for (const engine of engines) if (engine.build) console.log(`${engine.name} built in ${engine.build.toFixed(0)} ms`);
  const runs = timeDataRuns(engines, plan, RUNS);
  const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${spreadText(xs, (v) => v.toFixed(1))})`;
  console.log(`kind           engine         p50 ms (runs)            p95 ms (runs)`);
  for (const kind of KINDS)
    for (const engine of engines) {
      const perRun = runs.get(engine.name)!.get(kind)!;
      const p50 = fmt(perRun.map((q) => q.p50));
      console.log(`${kind.padEnd(14)} ${engine.name.padEnd(14)} ${p50.padEnd(24)} ${fmt(perRun.map((q) => q.p95))}`);
    }
}
