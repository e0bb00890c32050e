import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { buildBundle, type BuildReport, type ProgressHook } from './bundle/build-bundle.ts';
import { writeBundleAtomically } from './bundle/write-bundle.ts';
import { mergeCorpora } from './ingest/merge-corpora.ts';
import { type CorpusReading, readCorpus } from './ingest/read-corpus.ts';
import { type Options, parseArgs, USAGE } from './cli-args.ts';
import { buildBundleInPool } from './parallel/build-in-pool.ts';
import { type ExtractionPool, startExtractionPool } from './parallel/extract-pool.ts';
import { chooseWorkerCount } from './parallel/worker-count.ts';
import { compileResources, loadResourceData } from './resources/load-resources.ts';
import { extractOnQueue, mapStandardInput, reduceStandardInput, splitCorpus } from './scale/routes.ts';
import { writeEventsParquet } from './scale/events-parquet.ts';

type BuildResult = ReturnType<typeof buildBundle>;

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    return 2;
  }
  if (options.route === 'map') return mapStandardInput(options);
  if (options.route === 'reduce') {
    const started = performance.now();
    const { report } = await reduceStandardInput(options, (bundle) => writeOutputs(bundle, options));
    printSummary(report, options.output, (performance.now() - started) / 1000);
    return 0;
  }
  const missing = options.inputs.find((dir) => !existsSync(resolve(dir)) || !statSync(resolve(dir)).isDirectory());
  if (missing !== undefined) {
    console.error(`parley extract: input folder "${missing}" does not exist\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const inputs = options.inputs.map((dir) => resolve(dir));
  const today = new Date().toISOString().slice(0, 10);
  const merged = mergeCorpora(
    options.inputs.map((dir, i) => ({ dir, reading: readCorpus(inputs[i]!, today, options) })),
  );
  if ('error' in merged) {
    console.error(`parley extract: ${merged.error}; nothing written`);
    return 1;
  }
  const corpus = merged.corpus;
  if (corpus.files.length === 0) {
    printRejections(corpus.rejected, corpus.manifest.problems);
    console.error(
      `parley extract: no valid article in ${options.inputs.map((d) => `"${d}"`).join(', ')}; nothing written`,
    );
    return 1;
  }
  if (options.route === 'split') return splitCorpus(corpus, options);
  const { report } =
    options.route === 'queue'
      ? // The reduce writes the bundle itself: it is the flow's parent job.
        await extractOnQueue(corpus, options, (bundle) => writeOutputs(bundle, options))
      : await extractCorpus(corpus, options, started).then((result) => {
          writeOutputs(result.bundle, options);
          return result;
        });
  printSummary(report, options.output, (performance.now() - started) / 1000);
  const skipped = report.rejected.length + report.warnings.filter((w) => w.startsWith('manifest')).length;
  if (options.strict && skipped > 0) {
    console.error(`parley extract: --strict: ${skipped} file(s) or manifest entries were skipped`);
    return 1;
  }
  return 0;
}

/**
 * Extracts and builds the bundle, with a pool of worker threads helping this one unless one thread is asked
 * for or is enough.
 * The pool starts first, so that the workers compile their dictionaries while this thread compiles its own
 * (it still needs them for everything after extraction).
 */
async function extractCorpus(corpus: CorpusReading, options: Options, started: number): Promise<BuildResult> {
  const dataDir = resolve(options.data);
  const corpusDirs = options.inputs.map((dir) => resolve(dir));
  const workers = chooseWorkerCount(
    options.workers,
    corpus.files.map((file) => file.text.length),
  );
  const pool: ExtractionPool | null = workers > 1 ? startExtractionPool(workers, { dataDir, corpusDirs }) : null;
  try {
    const resources = compileResources(loadResourceData(dataDir, corpusDirs));
    const progress = progressPrinter(options.quiet, started);
    return pool ? await buildBundleInPool(corpus, resources, pool, progress) : buildBundle(corpus, resources, progress);
  } finally {
    await pool?.close();
  }
}

/** Writes the bundle and, when asked, the events as Parquet. */
function writeOutputs(bundle: BuildResult['bundle'], options: Options): void {
  writeBundleAtomically(resolve(options.output), bundle);
  if (options.parquet) {
    const written = writeEventsParquet(resolve(options.parquet), bundle);
    if (!options.quiet)
      console.error(`  parquet: ${written.rows} events in ${written.files} month folder(s) under ${options.parquet}`);
  }
}

/** Prints "done/total articles, words/s" at most once a second, and always at the end. */
function progressPrinter(quiet: boolean, started: number): ProgressHook {
  let lastReport = 0;
  return (done, total, words) => {
    const now = performance.now();
    if (quiet || (now - lastReport < 1000 && done !== total)) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    console.error(`  ${done}/${total} articles, ${Math.round(words / seconds).toLocaleString('en')} words/s`);
  };
}

function printRejections(rejected: BuildReport['rejected'], warnings: string[]): void {
  for (const r of rejected) console.error(`  skipped ${r.file}: ${r.reason}`);
  for (const w of warnings) console.error(`  warning: ${w}`);
}

function printSummary(report: BuildReport, output: string, seconds: number): void {
  printRejections(report.rejected, report.warnings);
  console.error(
    [
      `parley extract: wrote ${output} in ${seconds.toFixed(1)} s`,
      `  articles read: ${report.articlesRead}, rejected: ${report.rejected.length}`,
      `  events: ${report.events}, clusters: ${report.clusters}, quotes: ${report.quotes}`,
      `  loaded terms: ${report.loadedTerms}, reuse passages: ${report.reusePassages}`,
      `  unresolved actor names: ${report.unresolvedNames.length}${report.unresolvedNames.length ? ` (${report.unresolvedNames.slice(0, 15).join(', ')}${report.unresolvedNames.length > 15 ? ', ...' : ''})` : ''}`,
    ].join('\n'),
  );
}

process.exitCode = await main();
