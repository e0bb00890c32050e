import { useEffect } from 'react';
import { afterNextPaint } from '../components/use-after-paint.ts';
import { useFiltersStore } from './filters-store.ts';
import { filtersOf } from './filters-store.ts';
import { corpusFromSearch, fromQueryString, toQueryString, withCorpus } from './url-state.ts';

/**
 * Mirrors the store in the URL: the URL is read once at start and on back/forward; every store change
 * writes a new history entry (typing in the search box replaces the entry instead, so Back stays useful).
 * The write waits until the views have painted: it is not what the user watches, and changes within one
 * frame make one entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = () => {
      useFiltersStore.getState().restore(fromQueryString(window.location.search));
    };
    apply();
    let lastQuery = useFiltersStore.getState().query;
    // The corpus is chosen by loading another page, never by the store: kept as it is in every URL written.
    const corpus = corpusFromSearch(window.location.search);
    const write = () => {
      cancelWrite = null;
      const state = useFiltersStore.getState();
      const view = { filters: filtersOf(state), selection: state.selection, lanes: state.lanes, collapsePeople: state.collapsePeople, asOf: state.asOf };
      const search = withCorpus(toQueryString(view), corpus);
      if (search === window.location.search || (search === '' && window.location.search === '')) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (state.query !== lastQuery) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastQuery = state.query;
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
