import { useEffect, useState } from 'react';

/** The content width of an element, following resizes; `fallback` until measured (and where ResizeObserver is missing). */
export function useElementWidth(el: HTMLElement | null, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel changes would re-render the chart for nothing.
      if (entry) setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return width;
}
