import { useEffect, useState } from 'react';

/**
 * The value as of the previous frame, caught up right after the next paint. For what the user does not
 * watch while a filter changes (counts beside options, lists below the fold, a screen reader's list): the
 * views paint first, these follow one frame later. React's useDeferredValue would not do: its render runs
 * in a task before the frame, so the paint still waits for it. `defer` false gives the value as it is (for a
 * caller that already follows the paint).
 */
export function useAfterPaint<T>(value: T, defer = true): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (!defer || Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown, defer]);
  return defer ? shown : value;
}

/**
 * `value` once the page has painted and gone idle since it was first given; `pending` until then, and
 * again while a newer value waits (never a stale value: a result derived from the previous bundle would
 * not fit the new one). For work that no first paint should wait for, such as linking every promise of a
 * large bundle: React's useDeferredValue may run it in a task before the frame.
 */
export function useIdleValue<T, P>(value: T, pending: P): T | P {
  const [ready, setReady] = useState<{ value: T } | null>(null);
  const isReady = ready !== null && Object.is(ready.value, value);
  useEffect(() => {
    if (isReady) return;
    let cancelIdle = () => {};
    const cancelPaint = afterNextPaint(() => (cancelIdle = whenIdle(() => setReady({ value }))));
    return () => {
      cancelPaint();
      cancelIdle();
    };
  }, [value, isReady]);
  return isReady ? value : pending;
}

/**
 * False until the frame after the first render has been painted, then true for good: for parts of a page
 * that can come a frame after the rest (the views under the timeline, at load), so the first paint does
 * not wait for them.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}

/** Longest wait for an idle moment: a page kept busy still gets the work done. */
const IDLE_TIMEOUT_MS = 1000;

/** Runs `run` when the browser is idle (soon, where it cannot say); returns a function that cancels it. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/** Runs `run` right after the next frame is painted; returns a function that cancels it. */
export function afterNextPaint(run: () => void): () => void {
  let cancelled = false;
  const apply = () => !cancelled && run();
  // A task queued from an animation frame runs after that frame is painted.
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(apply, 0))
      : setTimeout(apply, 0);
  return () => {
    cancelled = true;
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame as number);
  };
}
