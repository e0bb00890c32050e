import type { BundleMetadata } from '../model/columns/column-layout.ts';
import { metadataFacts } from '../model/columns/metadata-facts.ts';
import { parseMetadataJson } from '../model/columns/metadata-schema.ts';
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
    // The metadata arrives first, while the file still downloads: parsed and checked at once (the page is
    // idle then), its facts sent back for the worker's checks of the columns; used only if the columns
    // message that follows says the whole file passed.
    let metadata: BundleMetadata | null = null;
    let metadataProblems: string[] = [];
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
        const parsed = parseMetadataJson(new TextDecoder().decode(message.bytes));
        markLoad('metadata-parsed');
        if (!parsed.ok) {
          metadataProblems = parsed.problems;
          return started.send({ kind: 'metadata-refused' });
        }
        metadata = parsed.metadata;
        return started.send({ kind: 'metadata-checked', facts: metadataFacts(parsed.metadata) });
      }
      started.terminate();
      if (message.kind === 'missing') return resolve(null);
      if (message.kind === 'error')
        return reject(
          new BundleLoadError(message.message, message.problems.length ? message.problems : metadataProblems),
        );
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
