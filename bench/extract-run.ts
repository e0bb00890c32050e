import { resolve } from 'node:path';
import { buildBundle } from '../src/pipeline/bundle/build-bundle.ts';
import { writeBundleAtomically } from '../src/pipeline/bundle/write-bundle.ts';
import { readCorpus } from '../src/pipeline/ingest/read-corpus.ts';
import { buildBundleInPool } from '../src/pipeline/parallel/build-in-pool.ts';
import { startExtractionPool } from '../src/pipeline/parallel/extract-pool.ts';
import { parseWorkerCount } from '../src/pipeline/parallel/worker-count.ts';
import { compileResources, loadResourceData } from '../src/pipeline/resources/load-resources.ts';

// One measured extraction in a fresh process, so peak memory belongs to this corpus alone (worker threads
// share the process, so their memory is in it too). Usage: extract-run.ts DIR [--workers N].
// Run as `npm run extract` runs it: read the corpus, start the workers, compile this thread's dictionaries
// while they compile theirs, extract, build the bundle. The clock covers extraction to the validated bundle,
// as in the earlier one-thread rows of docs/benchmarks.md: neither reading nor this thread's compile (timed
// apart) is counted, but any wait for workers still starting up is. `--out FILE` writes the bundle (after the
// clock stops) so that runs at two commits can be compared byte for byte.
const dir = resolve(process.argv[2]!);
const workersArg = process.argv.indexOf('--workers');
const workers = workersArg > 0 ? parseWorkerCount(process.argv[workersArg + 1] ?? '') : 1;
if (workers === null) throw new Error('--workers needs a whole number, 1 or more');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : undefined;
const corpus = readCorpus(dir, '2100-01-01');
const compileStarted = performance.now();
const pool = workers > 1 ? startExtractionPool(workers, { dataDir: resolve('data'), corpusDirs: [dir] }) : null;
const resources = compileResources(loadResourceData(resolve('data'), dir));
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const compileSeconds = (started - compileStarted) / 1000;
const { bundle, report } = pool ? await buildBundleInPool(corpus, resources, pool) : buildBundle(corpus, resources);
const seconds = (performance.now() - started) / 1000;
// CPU time of all the process's threads: what the workers cost the machine beyond the one-thread run.
const cpu = process.cpuUsage(cpuAtStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await pool?.close();
if (out) writeBundleAtomically(resolve(out), bundle);
const words = bundle.articles.reduce((n, a) => n + a.wordCount, 0);
console.log(
  JSON.stringify({
    workers,
    articles: report.articlesRead,
    words,
    events: report.events,
    clusters: report.clusters,
    seconds,
    cpuSeconds,
    compileSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
