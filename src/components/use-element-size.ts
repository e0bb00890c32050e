import { useLayoutEffect, useState } from 'react';

/** An element's content size, and whether it has been measured yet. */
export type ElementSize = { width: number; height: number; measured: boolean };

/**
 * The content size of an element, kept current with a ResizeObserver; `fallback` until measured and
 * where layout is absent (jsdom). Whole pixels, and zero sizes (hidden tabs) ignored, so charts do not
 * re-render for nothing or collapse. `measured` turns true once the element has been looked at (even where
 * it has no size), before the browser paints: a costly chart can wait for it instead of drawing itself at
 * the fallback size first.
 */
export function useElementSize(el: HTMLElement | null, fallback: { width: number; height: number }): ElementSize {
  const [size, setSize] = useState<ElementSize>({ ...fallback, measured: false });
  useLayoutEffect(() => {
    if (!el) return;
    const measure = (width: number, height: number) => {
      const w = Math.floor(width);
      const h = Math.floor(height);
      setSize((s) => {
        if (w <= 0) return s.measured ? s : { ...s, measured: true };
        if (s.measured && s.width === w && s.height === (h || s.height)) return s;
        return { width: w, height: h || s.height, measured: true };
      });
    };
    measure(el.clientWidth, el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(
      ([entry]) => entry && measure(entry.contentRect.width, entry.contentRect.height),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return size;
}
