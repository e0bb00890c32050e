import { type D3ZoomEvent, select, zoom, type ZoomBehavior, zoomTransform } from 'd3';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { clampDomain, type DayRange, dayScale, transformFor } from './timeline-scales.ts';
import { centredOn, scaledBy } from './window-targets.ts';

/** The narrowest window the detail zooms to, in days. */
export const MIN_SPAN_DAYS = 4;

/** How long a zoom or pan from a button animates (none under reduced motion). */
const ANIMATION_MS = 300;

type ZoomControls = {
  /** Goes to a window (animated unless `animate` is false or the user asked for reduced motion). */
  zoomTo: (domain: DayRange, animate?: boolean) => void;
  /** Zooms about the centre of the window being headed to. */
  zoomBy: (factor: number) => void;
  /** Centres the window being headed to on a day, keeping its span. */
  panTo: (day: number) => void;
  /** The window the timeline is heading to: the end of a running transition, else the window shown. */
  destination: () => DayRange;
};

/**
 * d3-zoom on the detail plot, horizontal only: the behaviour owns the transform, React gets the visible day
 * window through `onDomain`. Dragging pans; Ctrl/⌘ + wheel (or a pinch) zooms, so a plain wheel still scrolls the page.
 *
 * Windows flow one way at a time. The frames d3 emits (a gesture, a transition) become React state and are
 * never pushed back into d3: React renders them late, and pushing a late frame back would interrupt a
 * running transition wherever it happened to be. Windows React sets itself (following a filter) jump d3
 * there. Every move starts from the destination, so a click mid-animation composes with the one before.
 */
export function useZoomDomain(
  ref: RefObject<HTMLElement | null>,
  base: DayRange,
  size: { width: number; height: number },
  domain: DayRange,
  onDomain: (d: DayRange) => void,
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const latest = useRef({ domain, onDomain });
  useEffect(() => {
    latest.current = { domain, onDomain };
  });
  const destination = useRef<DayRange>(domain);
  // The window arrays d3 emitted: state holding one of these came from d3 and needs no sync back.
  const emitted = useRef(new WeakSet<DayRange>());
  const [b0, b1] = base;
  const { width, height } = size;
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0) return;
    const baseScale = dayScale([b0, b1], width);
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([1, Math.max(1, (b1 - b0) / MIN_SPAN_DAYS)])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .filter((e: MouseEvent | WheelEvent) => (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.button))
      .wheelDelta((e: WheelEvent) =>
        Math.max(-1, Math.min(1, -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * 10)),
      )
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        const next = e.transform.rescaleX(baseScale).domain() as DayRange;
        emitted.current.add(next);
        // A drag or a wheel (it interrupted any transition): the user steers, the window goes where they take it.
        if (e.sourceEvent) destination.current = next;
        const cur = latest.current.domain;
        if (Math.abs(cur[0] - next[0]) > 1e-6 || Math.abs(cur[1] - next[1]) > 1e-6) latest.current.onDomain(next);
      });
    const sel = select(el).call(z).on('dblclick.zoom', null);
    // The width changed or the behaviour is new: land on the destination (a transform is in pixels, and
    // this interrupts any transition, so it must finish the move rather than freeze a frame of it).
    sel.call(z.transform, transformFor(clampDomain(destination.current, [b0, b1], MIN_SPAN_DAYS), [b0, b1], width));
    behaviour.current = z;
    return () => {
      sel.interrupt().on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, b0, b1, width, height]);

  // A window React set itself (following the date filter or the selection): jump d3 there, ending any
  // transition (the newest request wins). Frames d3 emitted are already where d3 is.
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (!el || !z || width <= 0 || emitted.current.has(domain)) return;
    destination.current = domain;
    const t = transformFor(clampDomain(domain, [b0, b1], MIN_SPAN_DAYS), [b0, b1], width);
    const now = zoomTransform(el);
    if (Math.abs(now.k - t.k) < 1e-6 && Math.abs(now.x - t.x) < 1e-3) return;
    select(el).call(z.transform, t);
  }, [ref, domain, b0, b1, width]);

  const zoomTo = useCallback(
    (d: DayRange, animate = true) => {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      const target = clampDomain(d, [b0, b1], MIN_SPAN_DAYS);
      destination.current = target;
      const t = transformFor(target, [b0, b1], width);
      // A new transition replaces the previous one from wherever it had got to, and always ends on t. It
      // stays unnamed: d3-zoom's gestures and its selection transform interrupt only unnamed transitions.
      if (animate && !reducedMotion()) select(el).transition().duration(ANIMATION_MS).call(z.transform, t);
      else select(el).call(z.transform, t);
    },
    [ref, b0, b1, width],
  );
  const zoomBy = useCallback((factor: number) => zoomTo(scaledBy(destination.current, factor)), [zoomTo]);
  const panTo = useCallback((day: number) => zoomTo(centredOn(destination.current, day)), [zoomTo]);
  const getDestination = useCallback(() => destination.current, []);
  return { zoomTo, zoomBy, panTo, destination: getDestination };
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
