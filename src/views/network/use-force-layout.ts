import { useEffect, useRef, useState } from 'react';
import type { LayoutJob } from './layout-worker.ts';
import { computeForceLayout, type LayoutRequest, type Positions } from './network-layout.ts';
import type { Point } from './network-scales.ts';

type Answer = { job: number; positions: [string, Point][] };
type WorkerSlot = { worker: Worker | null; broken: boolean };

/**
 * The force layout of a request, computed in a Web Worker (a few hundred ticks for 150 nodes take longer
 * than a frame); null until it arrives. Falls back to computing in place where workers do not exist
 * (tests) or fail to start.
 */
export function useForceLayout(request: LayoutRequest | null): Positions | null {
  const [result, setResult] = useState<{ request: LayoutRequest; positions: Positions } | null>(null);
  const slot = useRef<WorkerSlot>({ worker: null, broken: false });
  const job = useRef(0);

  // Terminate on unmount; forget the worker so that a remount (StrictMode) starts a fresh one.
  useEffect(
    () => () => {
      slot.current.worker?.terminate();
      slot.current.worker = null;
    },
    [],
  );

  useEffect(() => {
    if (!request) return;
    const id = ++job.current;
    const done = (positions: [string, Point][]) => {
      if (id === job.current) setResult({ request, positions: new Map(positions) });
    };
    const w = workerOf(slot.current);
    if (!w) return done(computeForceLayout(request));
    w.onmessage = (e: MessageEvent<Answer>) => {
      if (e.data.job === id) done(e.data.positions);
    };
    w.onerror = () => {
      // A worker that cannot start (blocked, unsupported) is dropped: compute here from now on.
      w.terminate();
      slot.current = { worker: null, broken: true };
      done(computeForceLayout(request));
    };
    w.postMessage({ job: id, request } satisfies LayoutJob);
  }, [request]);

  return result && result.request === request ? result.positions : null;
}

function workerOf(slot: WorkerSlot): Worker | null {
  if (slot.broken || typeof Worker === 'undefined') return null;
  try {
    slot.worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    slot.broken = true;
  }
  return slot.worker;
}
