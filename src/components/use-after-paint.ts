import { useEffect, useState } from 'react';

/**
 * The value as of the previous frame, caught up right after the next paint. For what the user does not
 * watch while a filter changes (counts beside options, lists below the fold, a screen reader's list): the
 * views paint first, these follow one frame later. React's useDeferredValue would not do: its render runs
 * in a task before the frame, so the paint still waits for it.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}

/** Runs `run` right after the next frame is painted; returns a function that cancels it. */
export function afterNextPaint(run: () => void): () => void {
  let cancelled = false;
  const apply = () => !cancelled && run();
  // A task queued from an animation frame runs after that frame is painted.
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(apply, 0)) : setTimeout(apply, 0);
  return () => {
    cancelled = true;
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame as number);
  };
}
