import { useEffect } from 'react';
import { afterNextPaint } from '../components/use-after-paint.ts';
import { filtersOf } from './filters.ts';
import { type FiltersState, useFiltersStore } from './filters-store.ts';
import { historyWrite } from './history-entry.ts';
import { corpusFromSearch, fromQueryString, toQueryString, type UrlState, withCorpus } from './url-state.ts';

/**
 * Mirrors the store in the URL: the URL is read once at start and on back/forward; every store change
 * writes a new history entry, except typing in the search box and moving the timeline window, which replace
 * the entry instead (see historyWrite), so Back stays useful. The write waits until the views have painted:
 * it is not what the user watches, and changes within one frame make one entry.
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
      cancelWrite = null;
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
      cancelWrite ??= afterNextPaint(write);
    });
    // Back and forward read the URL: a write still waiting would describe the state being left.
    const onPopState = () => {
      cancelWrite?.();
      cancelWrite = null;
      apply();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelWrite?.();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

/** The part of the store a link holds. */
function urlStateOf(state: FiltersState): UrlState {
  const { selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow } = state;
  return { filters: filtersOf(state), selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow };
}
