import { type BundleWorkerMessage, type BundleWorkerRequest, transferablesOf } from './bundle-worker-messages.ts';

// Starting the bundle worker, apart from reading its answer: app/start-load.ts starts it for the page's
// corpus before the dashboard's modules are evaluated, so that bundle.arrow downloads meanwhile; the loader
// takes it over later. Imports nothing but types and the list of a message's transferable buffers.

/** What a started worker reported: a message, or that the worker itself failed (its script did not load). */
export type WorkerReport = { message: BundleWorkerMessage } | { failure: string };

/** A bundle worker loading `url`; `listen` gets the reports sent so far, then each new one. */
export type StartedWorker = {
  url: string;
  listen: (on: (report: WorkerReport) => void) => void;
  send: (request: BundleWorkerRequest) => void;
  terminate: () => void;
};

let early: StartedWorker | null = null;

/** Starts a bundle worker loading `url`; its reports wait until someone listens. Null where no worker can run. */
export function startBundleWorker(url: string): StartedWorker | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module' });
  const waiting: WorkerReport[] = [];
  let listener: ((report: WorkerReport) => void) | null = null;
  const report = (r: WorkerReport) => (listener ? listener(r) : waiting.push(r));
  worker.onmessage = (event: MessageEvent<BundleWorkerMessage>) => report({ message: event.data });
  worker.onerror = (event) => report({ failure: event.message });
  worker.postMessage({ kind: 'load', url } satisfies BundleWorkerRequest);
  return {
    url,
    listen: (on) => {
      listener = on;
      for (const r of waiting.splice(0)) on(r);
    },
    send: (request) => worker.postMessage(request, transferablesOf(request)),
    terminate: () => worker.terminate(),
  };
}

/** Starts the worker for the page's bundle before the rest of the page's code has loaded. */
export function startEarly(url: string): void {
  early ??= startBundleWorker(url);
}

/** The worker started early for `url`, once (a later load starts its own); one started for another address is stopped. */
export function takeEarlyWorker(url: string): StartedWorker | null {
  const taken = early;
  early = null;
  if (taken && taken.url !== url) {
    taken.terminate();
    return null;
  }
  return taken;
}
