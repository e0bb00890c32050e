import { useEffect, useRef, useState } from 'react';
import { useFiltersStore } from '../../state/filters-store.ts';
import { sameTimelineWindow, type TimelineWindow } from '../../state/view-settings.ts';
import { domainOfWindow, windowOfDomain } from './shared-window.ts';
import { clampDomain, type DayRange } from './timeline-scales.ts';
import { MIN_SPAN_DAYS } from './use-zoom-domain.ts';

/**
 * The detail's window, shared through the store (and so the URL and a copied link). It opens on the
 * store's window when a link gave one, else on `opening()`. Once the window moves (a drag, a zoom, a filter
 * it follows), its days are written to the store, but only when the day at either edge changes, not on every
 * frame. A window that arrives from elsewhere (Back or Forward) moves the timeline there.
 *
 * The store is read by subscription, not by a hook: the timeline's own writes would otherwise render the
 * whole timeline a second time on every brush move.
 */
export function useSharedWindow(base: DayRange, opening: () => DayRange): [DayRange, (d: DayRange) => void] {
  const [domain, setDomain] = useState<DayRange>(() => {
    const linked = useFiltersStore.getState().timelineWindow;
    return linked ? clampDomain(domainOfWindow(linked), base, MIN_SPAN_DAYS) : opening();
  });
  const opened = useRef(domain);
  // The window the store holds as far as this timeline knows: what it opened on or last wrote.
  const known = useRef<TimelineWindow | null>(useFiltersStore.getState().timelineWindow);
  useEffect(() => {
    if (domain === opened.current) return;
    const days = windowOfDomain(domain);
    if (sameTimelineWindow(days, known.current)) return;
    known.current = days;
    useFiltersStore.getState().setTimelineWindow(days);
  }, [domain]);
  const [b0, b1] = base;
  useEffect(
    () =>
      useFiltersStore.subscribe((s) => {
        const w = s.timelineWindow;
        if (!w || sameTimelineWindow(w, known.current)) return;
        known.current = w;
        setDomain(clampDomain(domainOfWindow(w), [b0, b1], MIN_SPAN_DAYS));
      }),
    [b0, b1],
  );
  return [domain, setDomain];
}
