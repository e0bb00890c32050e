import { execFileSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

// Extraction benchmark: corpora of 500 and 5,000 articles recombined from the demo corpus, each
// extracted in its own process on one core. Prints words per second, time per article and peak memory.
type Run = { articles: number; words: number; events: number; clusters: number; seconds: number; peakRssMiB: number };

const sizes = [500, 5000];
const runs: Run[] = [];
for (const size of sizes) {
  const dir = join(tmpdir(), `parley-bench-${size}`);
  generateCorpus(resolve('data/demo/articles'), dir, size);
  const out = execFileSync(resolve('node_modules/.bin/tsx'), ['bench/extract-run.ts', dir], { encoding: 'utf8' });
  runs.push(JSON.parse(out.trim().split('\n').at(-1)!) as Run);
}
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}`);
for (const r of runs) {
  console.log(
    `${String(r.articles).padStart(5)} articles  ${r.words.toLocaleString('en')} words  ${r.seconds.toFixed(2)} s  ` +
      `${Math.round(r.words / r.seconds).toLocaleString('en')} words/s  ${((r.seconds / r.articles) * 1000).toFixed(2)} ms/article  ` +
      `peak RSS ${r.peakRssMiB.toFixed(0)} MiB  (${r.events.toLocaleString('en')} events, ${r.clusters.toLocaleString('en')} clusters)`,
  );
}
const [small, large] = runs as [Run, Run];
console.log(`time per article at ${large.articles} / at ${small.articles}: ${(large.seconds / large.articles / (small.seconds / small.articles)).toFixed(2)}x`);
