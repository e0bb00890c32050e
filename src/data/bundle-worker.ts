import { decodeArrowBundle, leadingMetadataJson, parseMetadataJson } from '../model/columns/arrow-bundle.ts';
import { validateColumns } from '../model/columns/validate-columns.ts';
import { buildIndexArrays } from '../selectors/index-arrays.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { type BundleWorkerMessage, type BundleWorkerRequest, transferablesOf } from './bundle-worker-messages.ts';

// Loads bundle.arrow off the page's thread: fetch (with progress), decode, validate (the metadata by the
// zod schema, the columns by validateColumns), build the index's typed arrays, then hand the columns and
// those arrays to the page, transferred, not copied.
// - The metadata (articles, outlets, actors...: 70 MB of JSON at a million events) sits in the file's first
//   message. As soon as that has arrived, and while the rest downloads, its JSON text goes to the page as
//   bytes (a transfer), and the page parses it meanwhile: no structured clone of its objects, and the page's
//   parse overlaps the fetch and the decode. The page uses it only once the columns message says the whole
//   file passed; the worker validates its own parse of the same text.
// - String columns are never decoded here: they are checked on their bytes and posted as their buffers.

/** The worker's own scope (the project's types are the page's DOM, not a worker's). */
const scope = self as unknown as {
  postMessage(message: BundleWorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<BundleWorkerRequest>) => void) | null;
};
const post = (message: BundleWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const encoder = new TextEncoder();

scope.onmessage = async (event) => {
  try {
    const started = now();
    let metadataSent: number | null = null;
    const sendMetadata = (json: string) => {
      const bytes = encoder.encode(json);
      post({ kind: 'metadata', bytes }, [bytes.buffer]);
      metadataSent = now();
    };
    let lookForMetadata = true;
    const bytes = await fetchBytes(
      event.data.url,
      everyTenthOfASecond((p) => post({ kind: 'progress', stage: 'fetching', ...p })),
      (head) => {
        if (!lookForMetadata) return;
        const json = leadingMetadataJson(head);
        if (json === undefined) return;
        lookForMetadata = false;
        if (json !== null) sendMetadata(json);
      },
    );
    if (!bytes) return post({ kind: 'missing' });
    const fetched = now();
    post({ kind: 'progress', stage: 'decoding', loaded: bytes.length, total: bytes.length });
    const decoded = decodeArrowBundle(bytes, { packStrings: true });
    if (!decoded.ok) return layoutError(event.data.url, decoded.problems);
    // A file whose head did not give the metadata (never one this project writes): sent now.
    if (metadataSent === null) sendMetadata(decoded.decoded.metadataJson);
    const parsed = parseMetadataJson(decoded.decoded.metadataJson);
    if (!parsed.ok) return layoutError(event.data.url, parsed.problems);
    const columns = { metadata: parsed.metadata, ...decoded.decoded.columns };
    const problems = validateColumns(columns, decoded.decoded.strings);
    if (problems.length) return layoutError(event.data.url, problems);
    const decodedAt = now();
    const arrays = buildIndexArrays(columns);
    const timings = { started, metadataSent: metadataSent ?? decodedAt, fetched, decoded: decodedAt, indexed: now() };
    const wire = { tables: decoded.decoded.columns, strings: decoded.decoded.strings };
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

function layoutError(url: string, problems: string[]): void {
  post({ kind: 'error', message: `The bundle at ${url} does not match the column layout.`, problems });
}

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
