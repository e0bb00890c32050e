import { cpus, totalmem } from 'node:os';
import { buildBundleIndex } from '../src/selectors/bundle-index.ts';
import { generateBundle } from './generate-bundle.ts';
import { KINDS, planChanges, quantiles } from './scale/change-plan.ts';
import { crossfilterEngine } from './scale/crossfilter-engine.ts';
import { duckdbEngine } from './scale/duckdb-engine.ts';
import { parleyEngine } from './scale/parley-engine.ts';

// Data-only filter work, side by side: Parley's masks and faceted counts, crossfilter2 and DuckDB-WASM on the
// same synthetic events (bench/generate-bundle.ts), the same changes as bench/ui-bench.ts makes in the page.
// Nothing is drawn: this is the data part of a filter change. Each engine runs RUNS times (default 3), and the
// spread of p50/p95 over the runs is printed.
//   npx tsx bench/scale-data-bench.ts            (100,000 and 1,000,000 events)
//   SIZES=100000 RUNS=5 ROUNDS=30 npx tsx bench/scale-data-bench.ts
const SIZES = (process.env.SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const ENGINES = (process.env.ENGINES ?? 'parley,crossfilter2,duckdb-wasm').split(',');

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const size of SIZES) {
  let t = performance.now();
  const bundle = generateBundle({
    events: size,
    actors: Math.max(2000, size / 50),
    outlets: Math.max(50, size / 5000),
  });
  console.log(
    `\n${size.toLocaleString('en')} events, ${bundle.actors.length} actors, ${bundle.outlets.length} outlets: generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  const index = buildBundleIndex(bundle);
  console.log(`Parley index built in ${(performance.now() - t).toFixed(0)} ms`);
  const plan = planChanges(index, ROUNDS);
  const engines: [string, { build: number; run: (f: (typeof plan)[number]['filters']) => number }][] = [];
  if (ENGINES.includes('parley')) engines.push(['parley', { build: 0, run: parleyEngine(index) }]);
  if (ENGINES.includes('crossfilter2')) engines.push(['crossfilter2', crossfilterEngine(index)]);
  if (ENGINES.includes('duckdb-wasm')) engines.push(['duckdb-wasm', await duckdbEngine(index)]);
  for (const [name, engine] of engines) if (engine.build) console.log(`${name} built in ${engine.build.toFixed(0)} ms`);
  console.log(`kind           engine         p50 ms (runs)            p95 ms (runs)`);
  const results = new Map<string, { p50: number[]; p95: number[] }>();
  for (let run = 0; run < RUNS; run++) {
    for (const [name, engine] of engines) {
      const times = new Map<string, number[]>();
      for (const change of plan) {
        const t0 = performance.now();
        engine.run(change.filters);
        const list = times.get(change.kind) ?? [];
        list.push(performance.now() - t0);
        times.set(change.kind, list);
      }
      for (const [kind, list] of times) {
        const q = quantiles(list);
        const key = `${kind}|${name}`;
        const r = results.get(key) ?? { p50: [], p95: [] };
        r.p50.push(q.p50);
        r.p95.push(q.p95);
        results.set(key, r);
      }
    }
  }
  const fmt = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[Math.floor(s.length / 2)]!.toFixed(1)} (${s[0]!.toFixed(1)}-${s.at(-1)!.toFixed(1)})`;
  };
  for (const kind of KINDS)
    for (const [name] of engines) {
      const r = results.get(`${kind}|${name}`)!;
      console.log(`${kind.padEnd(14)} ${name.padEnd(14)} ${fmt(r.p50).padEnd(24)} ${fmt(r.p95)}`);
    }
}
