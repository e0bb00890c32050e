import { useEffect } from 'react';
import { afterNextPaint, whenIdle } from '../components/use-after-paint.ts';
import { filtersOf } from './filters.ts';
import { type FiltersState, useFiltersStore } from './filters-store.ts';
import { historyWrite } from './history-entry.ts';
import { corpusFromSearch, fromQueryString, toQueryString, type UrlState, withCorpus } from './url-state.ts';

/**
 * Mirrors the store in the URL: the URL is read once at start and on back/forward; every store change
 * writes a new history entry, except typing in the search box and moving the timeline window, which replace
 * the entry instead (see historyWrite), so Back stays useful. The write waits until the views have painted
 * and the page is idle: it is not what the user watches (a history write costs Chromium about 3-5 ms, which
 * was inside every filter change's frame), and changes before then make one entry. Copy link writes a
 * waiting change first (`flushUrlWrite`).
 */
export function useUrlSync(): void {
  useEffect(() => {
    let written: UrlState = fromQueryString(window.location.search);
    const apply = () => {
      written = fromQueryString(window.location.search);
      useFiltersStore.getState().restore(written);
    };
    apply();
    // The corpus is chosen by loading another page, never by the store: kept as it is in every URL written.
    const corpus = corpusFromSearch(window.location.search);
    const write = () => {
      cancelWrite?.();
      cancelWrite = null;
      pendingWrite = null;
      const view = urlStateOf(useFiltersStore.getState());
      const search = withCorpus(toQueryString(view), corpus);
      if (search === window.location.search || (search === '' && window.location.search === '')) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (historyWrite(written, view) === 'replace') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      written = view;
    };
    let cancelWrite: (() => void) | null = null;
    const unsubscribe = useFiltersStore.subscribe(() => {
      if (cancelWrite) return;
      let cancelIdle = () => {};
      const cancelPaint = afterNextPaint(() => (cancelIdle = whenIdle(write)));
      cancelWrite = () => {
        cancelPaint();
        cancelIdle();
      };
      pendingWrite = write;
    });
    // Back and forward read the URL: a write still waiting would describe the state being left.
    const onPopState = () => {
      cancelWrite?.();
      cancelWrite = null;
      pendingWrite = null;
      apply();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelWrite?.();
      pendingWrite = null;
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

/** The URL write waiting for an idle moment, if any. */
let pendingWrite: (() => void) | null = null;

/** Writes a store change still waiting to reach the URL now (before reading `window.location` for a link). */
export function flushUrlWrite(): void {
  pendingWrite?.();
}

/** The part of the store a link holds. */
function urlStateOf(state: FiltersState): UrlState {
  const { selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow } = state;
  return { filters: filtersOf(state), selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow };
}
