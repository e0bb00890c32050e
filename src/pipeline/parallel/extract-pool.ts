import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { type ArticleExtraction, type ArticleInput, extractArticle } from '../events/extract-events.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { type Batch, splitIntoBatches } from './batches.ts';
import { type BatchResult, countWords, type PackedExtraction, type ResourceSources } from './wire.ts';

/** Called as articles are extracted (in completion order), for progress lines. */
export type ExtractionProgress = (done: number, total: number, words: number) => void;

/** One article's extraction: packed if a worker made it, as it is if this thread did. */
export type Extracted = { packed: PackedExtraction } | { here: ArticleExtraction };

/** Threads that extract articles in parallel: this one and a pool of workers, each with its own dictionaries. */
export type ExtractionPool = {
  /**
   * Extracts every article; the answer is in the order of `inputs`, whatever order they were done in.
   * Extractions made by workers stay packed until `unpackExtraction` is called on them, one at a time.
   */
  extractAll(
    inputs: ArticleInput[],
    resources: PipelineResources,
    onProgress?: ExtractionProgress,
  ): Promise<Extracted[]>;
  /** Stops the workers; the pool cannot be used afterwards. */
  close(): Promise<void>;
};

/** `helpFromThisThread: false` leaves all the work to the workers (tests use it to be sure they ran). */
export type PoolOptions = { helpFromThisThread?: boolean };

const WORKER_ENTRY = new URL('./extract-worker.mjs', import.meta.url).href;
// Two tasks per worker, so that its next batch is already in its inbox when it finishes one, even if this
// thread is busy with an article of its own and cannot hand it another.
const TASKS_PER_WORKER = 2;

/**
 * Prepares `threads` extracting threads: this one and `threads - 1` workers, started now so that they load the
 * code and compile the dictionaries while this thread compiles its own (it needs them after extraction too).
 */
export function startExtractionPool(
  threads: number,
  sources: ResourceSources,
  options: PoolOptions = {},
): ExtractionPool {
  const helpFromThisThread = options.helpFromThisThread ?? true;
  const workers = helpFromThisThread ? threads - 1 : threads;
  const pool = new Piscina({
    filename: WORKER_ENTRY,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    workerData: sources,
    // Workers load tsx themselves (extract-worker.mjs); node options inherited from a tsx parent are dropped
    // so the TypeScript loader is registered once, in the same way wherever the pool is started from.
    execArgv: [],
  });
  // A worker that fails fails its task, and extractAll rejects with that error. Piscina also emits an 'error'
  // event for workers that fail while holding no task (the rest of a pool whose code cannot load): heard
  // here, so that it cannot crash the process with a second, later copy of the same error.
  pool.on('error', () => {});
  return {
    extractAll: (inputs, resources, onProgress) =>
      extractAll({ pool, workers, helpFromThisThread, inputs, resources, onProgress }),
    close: () => pool.destroy(),
  };
}

type Run = {
  pool: Piscina;
  workers: number;
  helpFromThisThread: boolean;
  inputs: ArticleInput[];
  resources: PipelineResources;
  onProgress?: ExtractionProgress;
};

/**
 * Batches are taken in order from one queue by whichever thread is free: each worker once it has started
 * (an empty warm-up task tells when), and this thread meanwhile, one article at a time, yielding between
 * articles so that finished workers get their next batch. Done when every article is; a worker still
 * starting up then is not waited for.
 */
function extractAll(run: Run): Promise<Extracted[]> {
  const { pool, inputs, onProgress } = run;
  const extracted: Extracted[] = new Array(inputs.length);
  if (inputs.length === 0) return Promise.resolve(extracted);
  const batches = splitIntoBatches(inputs, run.workers + (run.helpFromThisThread ? 1 : 0));
  let next = 0;
  const take = (): Batch | undefined => batches[next++];
  let done = 0;
  let words = 0;
  return new Promise((resolve, reject) => {
    const record = (index: number, item: Extracted, articleWords: number) => {
      extracted[index] = item;
      words += articleWords;
      done++;
      onProgress?.(done, inputs.length, words);
      if (done === inputs.length) resolve(extracted);
    };
    const feedWorker = async () => {
      await pool.run([]);
      for (let batch = take(); batch; batch = take()) {
        const result = (await pool.run(batch.inputs)) as BatchResult;
        const first = batch.first;
        result.extractions.forEach((packed, k) => record(first + k, { packed }, k === 0 ? result.words : 0));
      }
    };
    const extractHere = async () => {
      for (let batch = take(); batch; batch = take())
        for (const [k, input] of batch.inputs.entries()) {
          record(batch.first + k, { here: extractArticle(input, run.resources) }, countWords(input.text));
          await nextTurn();
        }
    };
    for (let i = 0; i < run.workers * TASKS_PER_WORKER; i++) feedWorker().catch(reject);
    if (run.helpFromThisThread) extractHere().catch(reject);
  });
}
