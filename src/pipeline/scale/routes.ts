import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bundle } from '../../model/bundle-schema.ts';
import { type BuildReport, reduceArticles } from '../bundle/build-bundle.ts';
import { describeCorpus } from '../bundle/describe-articles.ts';
import type { Options } from '../cli-args.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import {
  compileResources,
  loadResourceData,
  type PipelineResources,
  type ResourceData,
} from '../resources/load-resources.ts';
import { compileSnapshotFile, snapshotText } from './dictionaries.ts';
import { mapLines, readMappedLines, writeLine } from './json-lines.ts';
import { buildOnQueue } from './queued-build.ts';

// The command line's routes past one process: the queue, and the three steps of the JSON-lines route.

type Built = { bundle: Bundle; report: BuildReport };

/** --queue: describes the corpus here, maps it on the queue's workers, reduces here with `write`. */
export async function extractOnQueue(
  corpus: CorpusReading,
  options: Options,
  write: (bundle: Bundle) => void,
): Promise<Built> {
  const data = dictionaryData(options);
  const resources = compileResources(data);
  const { lines, warnings } = describeCorpus(corpus, resources);
  let lastReport = 0;
  return buildOnQueue(
    lines,
    snapshotText(data),
    {
      url: options.queue!,
      batchSize: options.batch,
      onProgress: (done, total) => {
        if (options.quiet || (Date.now() - lastReport < 1000 && done !== total)) return;
        lastReport = Date.now();
        console.error(`  ${done}/${total} articles mapped by the workers`);
      },
      onIdle: () =>
        console.error(`  no article mapped yet: is a worker running? (npm run worker -- --queue ${options.queue})`),
    },
    (mapped) => {
      const built = reduceArticles(mapped, { rejected: corpus.rejected, warnings }, resources);
      write(built.bundle);
      return built;
    },
  );
}

/** --split: the read corpus as article lines on standard output, and the dictionaries as one file. */
export async function splitCorpus(corpus: CorpusReading, options: Options): Promise<number> {
  const data = dictionaryData(options);
  const { lines, warnings } = describeCorpus(corpus, compileResources(data));
  writeFileSync(resolve(options.dictionaries!), snapshotText(data));
  for (const line of lines) await writeLine(process.stdout, line);
  for (const r of corpus.rejected) console.error(`  skipped ${r.file}: ${r.reason}`);
  for (const w of warnings) console.error(`  warning: ${w}`);
  if (!options.quiet) console.error(`parley extract --split: ${lines.length} article line(s)`);
  return 0;
}

/** --map: article lines on standard input, mapped lines on standard output. */
export async function mapStandardInput(options: Options): Promise<number> {
  const count = await mapLines(process.stdin, process.stdout, mapResources(options));
  if (!options.quiet) console.error(`parley extract --map: ${count} article(s) mapped`);
  return 0;
}

/** --reduce: mapped lines on standard input (shards concatenated in any order), the bundle written by `write`. */
export async function reduceStandardInput(options: Options, write: (bundle: Bundle) => void): Promise<Built> {
  const resources = mapResources(options);
  const built = reduceArticles(await readMappedLines(process.stdin), { rejected: [], warnings: [] }, resources);
  write(built.bundle);
  return built;
}

/** The project's dictionaries and the input folders' own gazetteers, as data. */
function dictionaryData(options: Options): ResourceData {
  return loadResourceData(
    resolve(options.data),
    options.inputs.map((dir) => resolve(dir)),
  );
}

/** The map's and reduce's dictionaries: the snapshot --split wrote, or the project's own. */
function mapResources(options: Options): PipelineResources {
  return options.dictionaries
    ? compileSnapshotFile(resolve(options.dictionaries))
    : compileResources(loadResourceData(resolve(options.data)));
}
