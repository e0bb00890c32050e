import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { buildBundle, type BuildReport, type ProgressHook } from './bundle/build-bundle.ts';
import { writeBundleAtomically } from './bundle/write-bundle.ts';
import { mergeCorpora } from './ingest/merge-corpora.ts';
import { READABLE_EXTENSIONS } from './ingest/input-kind.ts';
import { type CorpusReading, DEFAULT_MAX_INPUT_BYTES, readCorpus } from './ingest/read-corpus.ts';
import { DEFAULT_FIELD_NAMES, type FieldNames, type RecordField } from './ingest/records.ts';
import { buildBundleInPool } from './parallel/build-in-pool.ts';
import { type ExtractionPool, startExtractionPool } from './parallel/extract-pool.ts';
import { chooseWorkerCount, defaultWorkerCount, parseWorkerCount } from './parallel/worker-count.ts';
import { compileResources, loadResourceData } from './resources/load-resources.ts';

const USAGE = `Usage: npm run extract -- [--input DIR] [--output FILE] [--data DIR] [--workers N] [--field F=NAME] [--max-input-mb N] [--strict] [--quiet]
  --input DIR    folder of articles (default: data/articles): ${READABLE_EXTENSIONS}, mixed freely, with
                 an optional manifest.json; repeat it to build one bundle from several folders (article ids
                 must be unique across them)
  --field F=NAME read JSON and CSV exports' field F (text, title, published, outlet, url, author) from the
                 column NAME, before the common names (repeatable; e.g. --field text=article_body)
  --max-input-mb N  refuse inputs larger than N MB (default ${DEFAULT_MAX_INPUT_BYTES / 1048576})
  --output FILE  where the bundle is written (default: public/data/bundle.json)
  --data DIR     folder with gazetteer/ and lexicon/ dictionaries (default: data)
  --workers N    extract on N threads: this one and N-1 workers; 1 starts no worker (default: one per core,
                 here ${defaultWorkerCount()}; a corpus under about 1 MB of text stays on this thread, too small to
                 repay starting workers); the bundle is byte-identical whatever N is
  --strict       exit non-zero when any file or manifest entry is skipped
  --quiet        no progress lines`;

type BuildResult = ReturnType<typeof buildBundle>;

type Options = {
  inputs: string[];
  fields: FieldNames;
  maxInputBytes: number;
  output: string;
  data: string;
  workers: number | null;
  strict: boolean;
  quiet: boolean;
};

/** Parses command-line arguments; returns a usage message for anything it does not understand. */
export function parseArgs(argv: string[]): Options | { error: string } {
  const options: Options = {
    inputs: [],
    fields: {},
    maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    output: 'public/data/bundle.json',
    data: 'data',
    workers: null,
    strict: false,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg === '--field' || arg === '--max-input-mb') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value\n${USAGE}` };
      if (arg === '--field') {
        const [field, name] = value.split('=', 2) as [string, string | undefined];
        if (!name || !(field in DEFAULT_FIELD_NAMES))
          return {
            error: `--field needs FIELD=NAME with FIELD one of ${Object.keys(DEFAULT_FIELD_NAMES).join(', ')} (got "${value}")\n${USAGE}`,
          };
        options.fields[field as RecordField] = name;
      } else {
        const megabytes = Number(value);
        if (!(megabytes > 0)) return { error: `--max-input-mb needs a positive number (got "${value}")\n${USAGE}` };
        options.maxInputBytes = megabytes * 1048576;
      }
    } else if (arg === '--input' || arg === '--output' || arg === '--data' || arg === '--workers') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value\n${USAGE}` };
      if (arg === '--workers') {
        const workers = parseWorkerCount(value);
        if (workers === null)
          return { error: `--workers needs a whole number of threads, 1 or more (got "${value}")\n${USAGE}` };
        options.workers = workers;
      } else if (arg === '--input') options.inputs.push(value);
      else options[arg.slice(2) as 'output' | 'data'] = value;
    } else return { error: `unknown argument "${arg}"\n${USAGE}` };
  }
  if (options.inputs.length === 0) options.inputs.push('data/articles');
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    return 2;
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
  const { bundle, report } = await extractCorpus(corpus, options, started);
  writeBundleAtomically(resolve(options.output), bundle);
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
