import type { BundleMetadata } from '../model/columns/column-layout.ts';
import { type LoadedBundle, loadedBundleOfColumns } from '../model/columns/loaded-bundle.ts';
import { fromWire } from '../model/columns/wire-strings.ts';
import type { IndexArrays } from '../selectors/index-arrays.ts';
import { registerTextShards } from './article-texts.ts';
import { BundleLoadError } from './bundle-load-error.ts';
import { markLoad, markWorkerStages } from './load-marks.ts';
import type { BundleWorkerMessage, LoadStage } from './bundle-worker-messages.ts';
import { startBundleWorker, takeEarlyWorker } from './bundle-worker-start.ts';

/** Reports how far loading has come. */
export type ProgressListener = (stage: LoadStage, loaded?: number, total?: number | null) => void;

/**
 * Loads the columnar bundle at `arrowUrl` in a worker (fetch, decode, validate) and holds the transferred
 * columns as they are: event, cluster and quotation objects are made only when a view reads one, and
 * article texts stay in their shards until a view asks.
 * Null when there is no such file or no worker can run, so the caller falls back to the JSON bundle.
 */
export function loadColumnarBundle(arrowUrl: string, onProgress: ProgressListener): Promise<LoadedBundle | null> {
  const started = takeEarlyWorker(arrowUrl) ?? startBundleWorker(arrowUrl);
  if (!started) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    // The metadata arrives first, while the file still downloads: parsed at once (the page is idle then),
    // used only if the columns message that follows says the whole file passed the worker's checks.
    let metadata: BundleMetadata | null = null;
    started.listen((report) => {
      if ('failure' in report) {
        started.terminate();
        console.warn(`Parley: the bundle worker failed (${report.failure}); reading the JSON bundle instead.`);
        return resolve(null);
      }
      const { message } = report;
      if (message.kind === 'progress') return onProgress(message.stage, message.loaded, message.total);
      if (message.kind === 'metadata') {
        markLoad('metadata-received');
        metadata = metadataOfBytes(message.bytes);
        return markLoad('metadata-parsed');
      }
      started.terminate();
      if (message.kind === 'missing') return resolve(null);
      if (message.kind === 'error') return reject(new BundleLoadError(message.message, message.problems));
      markLoad('columns-received');
      markWorkerStages(message.timings);
      onProgress('building');
      // A frame for the progress indicator to say so before the page's own work starts.
      const checked = metadata;
      if (!checked) return reject(new BundleLoadError(`The bundle at ${arrowUrl} came without its metadata.`, []));
      requestAnimationFrame(() => resolve(bundleOfColumns(message, checked, arrowUrl)));
    });
  });
}

/** The index arrays the worker built for each bundle it loaded. */
const workerIndexArrays = new WeakMap<LoadedBundle, IndexArrays>();

/** The index's typed arrays the bundle worker built for this bundle, if it was loaded by one. */
export function indexArraysOf(bundle: LoadedBundle): IndexArrays | undefined {
  return workerIndexArrays.get(bundle);
}

/**
 * The metadata's JSON text, as the worker sent it, parsed. The worker checks its own parse of the same text
 * with the zod schema, which sets no defaults and transforms nothing: both hold the same values, except
 * that fields unknown to the schema inside its strict parts (loaded terms, reuse, analysis, places), which
 * zod drops from its copy, ride along here as unknown top-level and article fields already do.
 */
function metadataOfBytes(bytes: Uint8Array): BundleMetadata {
  return JSON.parse(new TextDecoder().decode(bytes)) as BundleMetadata;
}

function bundleOfColumns(
  message: Extract<BundleWorkerMessage, { kind: 'columns' }>,
  metadata: BundleMetadata,
  arrowUrl: string,
): LoadedBundle {
  const columns = fromWire(message.wire, metadata);
  markLoad('strings-decoded');
  const bundle = loadedBundleOfColumns(columns);
  workerIndexArrays.set(bundle, message.arrays);
  registerTextShards(bundle, arrowUrl, columns.metadata.texts);
  markLoad('bundle-ready');
  return bundle;
}
