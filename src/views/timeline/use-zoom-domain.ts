import { type D3ZoomEvent, select, zoom, type ZoomBehavior, zoomTransform } from 'd3';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { clampDomain, type DayRange, dayScale, transformFor } from './timeline-scales.ts';

/** The narrowest window the detail zooms to, in days. */
export const MIN_SPAN_DAYS = 4;

type ZoomControls = { zoomTo: (domain: DayRange, animate?: boolean) => void; zoomBy: (factor: number) => void };

/**
 * d3-zoom on the detail plot, horizontal only: the behaviour owns the transform, React gets the visible day
 * window through `onDomain`. Dragging pans; Ctrl/⌘ + wheel (or a pinch) zooms, so a plain wheel still scrolls the page.
 */
export function useZoomDomain(ref: RefObject<HTMLElement | null>, base: DayRange, size: { width: number; height: number }, domain: DayRange, onDomain: (d: DayRange) => void): ZoomControls {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const latest = useRef({ domain, onDomain });
  useEffect(() => {
    latest.current = { domain, onDomain };
  });
  const [b0, b1] = base;
  const { width, height } = size;
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0) return;
    const baseScale = dayScale([b0, b1], width);
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([1, Math.max(1, (b1 - b0) / MIN_SPAN_DAYS)])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, -Infinity], [width, Infinity]])
      .filter((e: MouseEvent | WheelEvent) => (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.button))
      .wheelDelta((e: WheelEvent) => Math.max(-1, Math.min(1, -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * 10)))
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        const [d0, d1] = e.transform.rescaleX(baseScale).domain() as DayRange;
        const cur = latest.current.domain;
        if (Math.abs(cur[0] - d0) > 1e-6 || Math.abs(cur[1] - d1) > 1e-6) latest.current.onDomain([d0, d1]);
      });
    const sel = select(el).call(z).on('dblclick.zoom', null);
    // The width changed or the behaviour is new: put the current window back (a transform is in pixels).
    sel.call(z.transform, transformFor(clampDomain(latest.current.domain, [b0, b1], MIN_SPAN_DAYS), [b0, b1], width));
    behaviour.current = z;
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, b0, b1, width, height]);

  // The window may also be set from React (following the date filter): bring d3's transform along. The
  // zoom event this fires finds the window unchanged and sets no state.
  const [d0, d1] = domain;
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (!el || !z || width <= 0) return;
    const t = transformFor(clampDomain([d0, d1], [b0, b1], MIN_SPAN_DAYS), [b0, b1], width);
    const now = zoomTransform(el);
    // Equal when d3 itself produced this window (a drag or wheel): leave its gesture alone.
    if (Math.abs(now.k - t.k) < 1e-6 && Math.abs(now.x - t.x) < 1e-3) return;
    select(el).call(z.transform, t);
  }, [ref, d0, d1, b0, b1, width]);

  const zoomTo = useCallback(
    (d: DayRange, animate = true) => {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      const t = transformFor(clampDomain(d, [b0, b1], MIN_SPAN_DAYS), [b0, b1], width);
      if (animate && !reducedMotion()) select(el).transition().duration(300).call(z.transform, t);
      else select(el).call(z.transform, t);
    },
    [ref, b0, b1, width],
  );
  const zoomBy = useCallback(
    (factor: number) => {
      const el = ref.current;
      if (!el || !behaviour.current) return;
      if (reducedMotion()) select(el).call(behaviour.current.scaleBy, factor);
      else select(el).transition().duration(200).call(behaviour.current.scaleBy, factor);
    },
    [ref],
  );
  return { zoomTo, zoomBy };
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
