import { packedStringColumns, readArrowBundle } from '../model/columns/arrow-bundle.ts';
import { toWire } from '../model/columns/wire-strings.ts';
import { buildIndexArrays } from '../selectors/index-arrays.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { type BundleWorkerMessage, type BundleWorkerRequest, transferablesOf } from './bundle-worker-messages.ts';

// Loads bundle.arrow off the page's thread: fetch (with progress), decode, validate (the metadata by the
// zod schema, the columns by validateColumns), build the index's typed arrays, then hand the columns and
// those arrays to the page, transferred, not copied (the string columns as their UTF-8 buffers).

/** The worker's own scope (the project's types are the page's DOM, not a worker's). */
const scope = self as unknown as {
  postMessage(message: BundleWorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<BundleWorkerRequest>) => void) | null;
};
const post = (message: BundleWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event) => {
  try {
    const started = now();
    const bytes = await fetchBytes(
      event.data.url,
      everyTenthOfASecond((p) => post({ kind: 'progress', stage: 'fetching', ...p })),
    );
    if (!bytes) return post({ kind: 'missing' });
    const fetched = now();
    post({ kind: 'progress', stage: 'decoding', loaded: bytes.length, total: bytes.length });
    const read = readArrowBundle(bytes);
    if (!read.ok)
      return post({
        kind: 'error',
        message: `The bundle at ${event.data.url} does not match the column layout.`,
        problems: read.problems,
      });
    const decoded = now();
    const arrays = buildIndexArrays(read.columns);
    const timings = { started, fetched, decoded, indexed: now() };
    // The string columns go as their buffers in the file, which is transferred anyway (wire-strings.ts).
    const wire = toWire(read.columns, packedStringColumns(bytes));
    const message = { kind: 'columns', wire, arrays, timings } as const;
    post(message, transferablesOf(message));
  } catch (error) {
    post({
      kind: 'error',
      message: `The bundle at ${event.data.url} could not be loaded: ${(error as Error).message}`,
      problems: [],
    });
  }
};

/** Milliseconds since the epoch, to the sub-millisecond: the page's clock and the worker's start at different origins. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * The listener called at most every 100 ms (the first call always): a 40 MB file arrives in hundreds of
 * chunks, and a message per chunk re-rendered the page's progress indicator each time.
 */
function everyTenthOfASecond<T>(listener: (value: T) => void): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    listener(value);
  };
}
