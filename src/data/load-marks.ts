import type { WorkerTimings } from './bundle-worker-messages.ts';

// The load's stages as User Timing marks ("parley:…"), so that a performance trace or the UI benchmark can
// tell fetching, decoding, the hand-over, the index and the first render apart. Nothing reads them in the app.

/** Marks a stage of the load now (or at `startTime`, ms since the page's time origin). */
export function markLoad(stage: string, startTime?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(`parley:${stage}`, startTime === undefined ? undefined : { startTime: Math.max(0, startTime) });
}

/** Marks the worker's stages on the page's clock. */
export function markWorkerStages(timings: WorkerTimings): void {
  const origin = performance.timeOrigin;
  markLoad('worker-started', timings.started - origin);
  markLoad('metadata-sent', timings.metadataSent - origin);
  markLoad('fetched', timings.fetched - origin);
  markLoad('decoded', timings.decoded - origin);
  markLoad('indexed', timings.indexed - origin);
}
