import { computeForceLayout, type LayoutRequest } from './network-layout.ts';

/** Message to the layout worker: a request and its number, echoed back so stale answers can be dropped. */
export type LayoutJob = { job: number; request: LayoutRequest };

// Runs the force layout off the main thread: a few hundred ticks take longer than a frame.
self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { job, request } = event.data;
  self.postMessage({ job, positions: computeForceLayout(request) });
};
