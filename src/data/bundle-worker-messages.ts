import type { MetadataFacts } from '../model/columns/metadata-facts.ts';
import type { WireColumns } from '../model/columns/wire-strings.ts';
import type { IndexArrays } from '../selectors/index-arrays.ts';

/**
 * What the page tells the bundle worker: load the columnar bundle at this address; then, once it has parsed
 * and checked the metadata the worker sent, what the columns' checks and the index need of it, or that it
 * was refused (the page has the problems).
 */
export type BundleWorkerRequest =
  { kind: 'load'; url: string } | { kind: 'metadata-checked'; facts: MetadataFacts } | { kind: 'metadata-refused' };

/** Stages of loading a columnar bundle, in order. */
export type LoadStage = 'fetching' | 'decoding' | 'validating' | 'building';

/**
 * What the bundle worker reports: progress; the metadata's JSON text as UTF-8 (early, before the file is
 * checked: the page parses and checks it and answers with its facts, but uses it only with the columns);
 * then the columns, a missing file or the problems found (none listed when the page refused the metadata).
 */
export type BundleWorkerMessage =
  | { kind: 'progress'; stage: LoadStage; loaded: number; total: number | null }
  | { kind: 'metadata'; bytes: Uint8Array }
  | { kind: 'columns'; wire: WireColumns; arrays: IndexArrays; timings: WorkerTimings }
  | { kind: 'missing' }
  | { kind: 'error'; message: string; problems: string[] };

/**
 * When the worker started, had sent the metadata, had fetched the file, had decoded and checked it and had
 * indexed it, in ms since the epoch.
 */
export type WorkerTimings = {
  started: number;
  metadataSent: number;
  fetched: number;
  decoded: number;
  indexed: number;
};

/**
 * The buffers behind every typed array of the columns, to transfer rather than copy: the numbers decoded
 * from Arrow are views into the fetched file's one buffer, so transferring it moves them all at once.
 */
export function transferablesOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const child of Object.values(value)) transferablesOf(child, found);
  }
  return [...found];
}
