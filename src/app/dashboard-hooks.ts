import { createContext, useContext, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { type EventMask, selectEventMask } from '../selectors/filter-events.ts';
import type { FilterKey, Filters } from '../state/filters.ts';
import { useFiltersStore } from '../state/filters-store.ts';

/** The loaded bundle's index, provided once by the app shell. */
export const BundleIndexContext = createContext<BundleIndex | null>(null);

/** The bundle index; only usable below the app shell, after the bundle loaded. */
export function useBundleIndex(): BundleIndex {
  const index = useContext(BundleIndexContext);
  if (!index) throw new Error('useBundleIndex needs the bundle to be loaded');
  return index;
}

/** The current filter values (a stable object while they do not change). */
export function useFilters(): Filters {
  return useFiltersStore(
    useShallow((s) => ({ actors: s.actors, from: s.from, to: s.to, types: s.types, outlets: s.outlets, modalities: s.modalities, query: s.query })),
  );
}

/** Events passing the filters, leaving one out for crossfilter views (the overview ignores its own brush). */
export function useEventMask(leaveOut: FilterKey | null = null): EventMask {
  const index = useBundleIndex();
  const filters = useFilters();
  return useMemo(() => selectEventMask(index, filters, leaveOut), [index, filters, leaveOut]);
}
