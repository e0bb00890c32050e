import { createContext, useContext, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { type EventMask, narrowByDate, selectEventMask } from '../selectors/filter-events.ts';
import type { ClauseOwner } from './clauses/clause.ts';
import { type FilterKey, type Filters, filtersOf, ownClauseOf } from './filters.ts';
import { useFiltersStore } from './filters-store.ts';

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
  return useFiltersStore(useShallow(filtersOf));
}

/** The masks every view needs, computed once per filter change by the shell and shared. */
export type SharedMasks = { all: EventMask; withoutDate: EventMask };

export const SharedMasksContext = createContext<SharedMasks | null>(null);

/** Computes the shared masks (for the shell's provider). */
export function useSharedMasks(): SharedMasks {
  const index = useBundleIndex();
  // Without the date filter: the same object, so the same mask, while only the brush moves.
  const dateFree = useFiltersStore(useShallow(dateFreeFiltersOf));
  const { from, to, publicationDates } = useFilters();
  const withoutDate = useMemo(() => selectEventMask(index, dateFree), [index, dateFree]);
  // The date range then narrows that mask by a slice of the day-ordered events.
  const all = useMemo(
    () => narrowByDate(index, withoutDate, from, to, publicationDates),
    [index, withoutDate, from, to, publicationDates],
  );
  return useMemo(() => ({ all, withoutDate }), [all, withoutDate]);
}

/** Every filter value but the date range's, which `narrowByDate` applies on its own. */
function dateFreeFiltersOf(s: Filters): Filters {
  return { ...filtersOf(s), from: null, to: null, publicationDates: false };
}

/**
 * Events passing every clause but the one the view owns (crossfilter: the timeline overview and Trends are not
 * filtered by their own brush, the map not by its own place picks).
 */
export function useViewMask(view: Exclude<ClauseOwner, 'filter-bar'>): EventMask {
  const own = ownClauseOf(view, useFilters());
  return useEventMask(own);
}

/** Events passing the filters, leaving one out for crossfilter views (the overview ignores its own brush). */
export function useEventMask(leaveOut: FilterKey | null = null): EventMask {
  const shared = useContext(SharedMasksContext);
  const index = useBundleIndex();
  const filters = useFilters();
  const own = shared === null || (leaveOut !== null && leaveOut !== 'date');
  const computed = useMemo(
    () => (own ? selectEventMask(index, filters, leaveOut) : null),
    [own, index, filters, leaveOut],
  );
  return computed ?? (leaveOut === 'date' ? shared!.withoutDate : shared!.all);
}
