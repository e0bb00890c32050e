import { type LoadedBundle, loadedBundleOfColumns } from '../model/columns/loaded-bundle.ts';
import type { IndexArrays } from '../selectors/index-arrays.ts';
import { registerTextShards } from './article-texts.ts';
import { BundleLoadError } from './bundle-load-error.ts';
import { markLoad, markWorkerStages } from './load-marks.ts';
import type { BundleWorkerMessage, BundleWorkerRequest, LoadStage } from './bundle-worker-messages.ts';

/** Reports how far loading has come. */
export type ProgressListener = (stage: LoadStage, loaded?: number, total?: number | null) => void;

/**
 * Loads the columnar bundle at `arrowUrl` in a worker (fetch, decode, validate) and holds the transferred
 * columns as they are: event, cluster and quotation objects are made only when a view reads one, and
 * article texts stay in their shards until a view asks.
 * Null when there is no such file or no worker can run, so the caller falls back to the JSON bundle.
 */
export function loadColumnarBundle(arrowUrl: string, onProgress: ProgressListener): Promise<LoadedBundle | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<BundleWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.stage, message.loaded, message.total);
      finish();
      if (message.kind === 'missing') return resolve(null);
      if (message.kind === 'error') return reject(new BundleLoadError(message.message, message.problems));
      markLoad('columns-received');
      markWorkerStages(message.timings);
      onProgress('building');
      // A frame for the progress indicator to say so before the page's own work starts.
      requestAnimationFrame(() => resolve(bundleOfColumns(message, arrowUrl)));
    };
    worker.onerror = (event) => {
      finish();
      console.warn(`Parley: the bundle worker failed (${event.message}); reading the JSON bundle instead.`);
      resolve(null);
    };
    worker.postMessage({ url: arrowUrl } satisfies BundleWorkerRequest);
  });
}

/** The index arrays the worker built for each bundle it loaded. */
const workerIndexArrays = new WeakMap<LoadedBundle, IndexArrays>();

/** The index's typed arrays the bundle worker built for this bundle, if it was loaded by one. */
export function indexArraysOf(bundle: LoadedBundle): IndexArrays | undefined {
  return workerIndexArrays.get(bundle);
}

function bundleOfColumns(message: Extract<BundleWorkerMessage, { kind: 'columns' }>, arrowUrl: string): LoadedBundle {
  const bundle = loadedBundleOfColumns(message.columns);
  workerIndexArrays.set(bundle, message.arrays);
  registerTextShards(bundle, arrowUrl, message.columns.metadata.texts);
  markLoad('bundle-ready');
  return bundle;
}
