import { useLayoutEffect, useState } from 'react';

/**
 * The content size of an element, kept current with a ResizeObserver; `fallback` until measured and
 * where layout is absent (jsdom). Whole pixels, and zero sizes (hidden tabs) ignored, so charts do not
 * re-render for nothing or collapse.
 */
export function useElementSize(el: HTMLElement | null, fallback: { width: number; height: number }): { width: number; height: number } {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = (width: number, height: number) => {
      const w = Math.floor(width);
      const h = Math.floor(height);
      if (w > 0) setSize((s) => (s.width === w && s.height === (h || s.height) ? s : { width: w, height: h || s.height }));
    };
    measure(el.clientWidth, el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect.width, entry.contentRect.height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return size;
}
