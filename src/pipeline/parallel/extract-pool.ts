import { Piscina } from 'piscina';
import type { ArticleInput } from '../events/extract-events.ts';
import { splitIntoBatches } from './batches.ts';
import type { BatchResult, PackedExtraction, ResourceSources } from './wire.ts';

/** Called as batches of articles come back from the workers (in completion order), for progress lines. */
export type ExtractionProgress = (done: number, total: number, words: number) => void;

/** A pool of worker threads, each with its own compiled dictionaries, that extracts articles in parallel. */
export type ExtractionPool = {
  /**
   * Extracts every article; the answer is in the order of `inputs`, whatever order the workers finish in, and
   * still packed (`unpackExtraction` restores each one when it is needed, so they are not all unpacked at once).
   */
  extractAll(inputs: ArticleInput[], onProgress?: ExtractionProgress): Promise<PackedExtraction[]>;
  /** Stops the workers; the pool cannot be used afterwards. */
  close(): Promise<void>;
};

const WORKER_ENTRY = new URL('./extract-worker.mjs', import.meta.url).href;

/**
 * Starts `workers` threads now, so that they load the code and compile the dictionaries while the caller
 * reads the corpus and compiles its own copy (the main thread still needs one to build the bundle).
 */
export function startExtractionPool(workers: number, sources: ResourceSources): ExtractionPool {
  const pool = new Piscina({
    filename: WORKER_ENTRY,
    minThreads: workers,
    maxThreads: workers,
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
    extractAll: (inputs, onProgress) => extractAll(pool, workers, inputs, onProgress),
    close: () => pool.destroy(),
  };
}

async function extractAll(
  pool: Piscina,
  workers: number,
  inputs: ArticleInput[],
  onProgress?: ExtractionProgress,
): Promise<PackedExtraction[]> {
  const extractions: PackedExtraction[] = new Array(inputs.length);
  let done = 0;
  let words = 0;
  await Promise.all(
    splitIntoBatches(inputs, workers).map(async (batch) => {
      const result = (await pool.run(batch.inputs)) as BatchResult;
      result.extractions.forEach((packed, k) => (extractions[batch.first + k] = packed));
      done += batch.inputs.length;
      words += result.words;
      onProgress?.(done, inputs.length, words);
    }),
  );
  return extractions;
}
