import { decodeArrowBundle, leadingMetadataJson } from '../model/columns/arrow-bundle.ts';
import type { MetadataFacts } from '../model/columns/metadata-facts.ts';
import { validateTables } from '../model/columns/validate-columns.ts';
import { indexArraysOf } from '../selectors/index-arrays.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { type BundleWorkerMessage, type BundleWorkerRequest, transferablesOf } from './bundle-worker-messages.ts';

// Loads bundle.arrow off the page's thread: fetch (with progress), decode, validate (the columns by
// validateColumns; the metadata by the page, with the zod schema), build the index's typed arrays, then hand
// the columns and those arrays to the page, transferred, not copied.
// - The metadata (articles, outlets, actors...: 70 MB of JSON at a million events) sits in the file's first
//   message. As soon as that has arrived, and while the rest downloads, its JSON text goes to the page as
//   bytes (a transfer); the page parses and checks it meanwhile and sends back what the columns' checks and
//   the index need of it (MetadataFacts), or that it refused it. No structured clone of its objects, and no
//   second parse here. The page uses the metadata only once the columns message says the whole file passed.
// - String columns are never decoded here: they are checked on their bytes and posted as their buffers.

/** The worker's own scope (the project's types are the page's DOM, not a worker's). */
const scope = self as unknown as {
  postMessage(message: BundleWorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<BundleWorkerRequest>) => void) | null;
};
const post = (message: BundleWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const encoder = new TextEncoder();

/** The page's answer about the metadata: its facts, or null when it refused it. */
let answerMetadata: (facts: MetadataFacts | null) => void = () => {};
const metadataAnswer = new Promise<MetadataFacts | null>((resolve) => (answerMetadata = resolve));

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'metadata-checked') return answerMetadata(request.facts);
  if (request.kind === 'metadata-refused') return answerMetadata(null);
  void load(request.url);
};

async function load(url: string): Promise<void> {
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
      url,
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
    if (!decoded.ok) return layoutError(url, decoded.problems);
    // A file whose head did not give the metadata (never one this project writes): sent now.
    if (metadataSent === null) sendMetadata(decoded.decoded.metadataJson);
    const facts = await metadataAnswer;
    // The page refused the metadata and lists the problems itself.
    if (!facts) return layoutError(url, []);
    const { columns, strings } = decoded.decoded;
    const problems = validateTables(columns, facts, strings);
    if (problems.length) return layoutError(url, problems);
    const decodedAt = now();
    const arrays = indexArraysOf(columns, facts);
    const timings = { started, metadataSent: metadataSent ?? decodedAt, fetched, decoded: decodedAt, indexed: now() };
    const message = { kind: 'columns', wire: { tables: columns, strings }, arrays, timings } as const;
    post(message, transferablesOf(message));
  } catch (error) {
    post({
      kind: 'error',
      message: `The bundle at ${url} could not be loaded: ${(error as Error).message}`,
      problems: [],
    });
  }
}

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
