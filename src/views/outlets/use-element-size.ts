import { type RefObject, useEffect, useState } from 'react';

/** The content size of an element, kept current with a ResizeObserver (falls back to `initial` without one, as in jsdom). */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  initial: { width: number; height: number },
): { width: number; height: number } {
  const [size, setSize] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      // Ignore zero sizes (hidden tab, detached) so the layout does not collapse.
      if (width > 0)
        setSize((s) => (s.width === width && s.height === height ? s : { width, height: height || s.height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
