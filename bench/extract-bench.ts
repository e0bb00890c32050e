import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseWorkerCount } from '../src/pipeline/parallel/worker-count.ts';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './scale/quantiles.ts';

// Extraction benchmark: corpora of 500 and 5,000 articles recombined from the demo corpus, each extracted
// `--runs` times (default 3) in a fresh process, on one thread and on one thread per core (this one and its
// workers), or with `--workers N` only. Prints words per second, time per article and peak memory: the median of the runs
// with their range, since one run on a shared machine says little.
// Usage: npx tsx bench/extract-bench.ts [--workers N] [--runs R] [--sizes 500,5000]
type Run = {
  workers: number;
  articles: number;
  words: number;
  events: number;
  clusters: number;
  seconds: number;
  cpuSeconds: number;
  compileSeconds: number;
  peakRssMiB: number;
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function count(name: string, fallback: number): number {
  const value = option(name);
  const parsed = value === undefined ? fallback : parseWorkerCount(value);
  if (parsed === null) throw new Error(`${name} needs a whole number, 1 or more (got "${value}")`);
  return parsed;
}

const cores = availableParallelism();
const workerCounts = option('--workers') === undefined ? [...new Set([1, cores])] : [count('--workers', 1)];
const runsPerSetting = count('--runs', 3);
const sizes = (option('--sizes') ?? '500,5000').split(',').map(Number);

function extractOnce(dir: string, workers: number): Run {
  const args = ['bench/extract-run.ts', dir, '--workers', String(workers)];
  const out = execFileSync(resolve('node_modules/.bin/tsx'), args, { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

/** "median (min-max)" of the runs' values. */
function spread(values: number[], format: (v: number) => string): string {
  return `${format(median(values))} (${format(Math.min(...values))}-${format(Math.max(...values))})`;
}

const integer = (v: number) => Math.round(v).toLocaleString('en');
const fixed = (digits: number) => (v: number) => v.toFixed(digits);

/** One line for one corpus size and worker count: each figure as the median of the runs with their range. */
function describeRuns(workers: number, runs: Run[]): string {
  const first = runs[0]!;
  const figure = (value: (r: Run) => number, format: (v: number) => string) => spread(runs.map(value), format);
  return [
    `${String(first.articles).padStart(5)} articles  ${first.words.toLocaleString('en')} words`,
    workers === 1 ? '1 thread ' : `${workers} threads`,
    `${figure((r) => r.words / r.seconds, integer)} words/s`,
    `${figure((r) => r.seconds, fixed(2))} s`,
    `CPU ${figure((r) => r.cpuSeconds, fixed(1))} s`,
    `${figure((r) => (r.seconds / r.articles) * 1000, fixed(2))} ms/article`,
    `peak RSS ${figure((r) => r.peakRssMiB, integer)} MiB`,
    `compile ${figure((r) => r.compileSeconds, fixed(2))} s`,
    `(${first.events.toLocaleString('en')} events, ${first.clusters.toLocaleString('en')} clusters)`,
  ].join('  ');
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `node ${process.version}; load average at start ${loadavg()[0]!.toFixed(1)}; ${runsPerSetting} runs each, median (min-max)`,
);
console.log('time: extraction to validated bundle; CPU: all threads, same span; compile: before it, on this thread');
for (const size of sizes) {
  const dir = join(tmpdir(), `parley-bench-${size}`);
  generateCorpus(resolve('data/demo/articles'), dir, size);
  for (const workers of workerCounts)
    console.log(
      describeRuns(
        workers,
        Array.from({ length: runsPerSetting }, () => extractOnce(dir, workers)),
      ),
    );
}
