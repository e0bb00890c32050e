import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import { useAfterPaint } from '../components/use-after-paint.ts';
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

/**
 * The current filter values (a stable object while they do not change). Under `FollowingViews`, the values
 * those views show, one painted frame behind the store; there the store does not re-render the caller.
 */
export function useFilters(): Filters {
  const following = useContext(FollowingContext);
  const live = useFiltersStore(useShallow(following ? nothing : filtersOf));
  return following ? following.filters : live!;
}

const nothing = () => null;

/** The masks every view needs, computed once per filter change by the shell and shared. */
export type SharedMasks = { all: EventMask; withoutDate: EventMask };

export const SharedMasksContext = createContext<SharedMasks | null>(null);

/** The filters and shared masks the views under the timeline show (see `FollowingViews`). */
type FollowingInputs = { filters: Filters; masks: SharedMasks | null };

const FollowingContext = createContext<FollowingInputs | null>(null);

/**
 * Wraps the views under the timeline: they show each filter change one painted frame after the header, the
 * filter bar and the timeline, with the filters and masks of the same change (never the new filters over the
 * old masks). A change then paints the timeline without waiting for the network, the outlet comparison and the
 * views below; they render in the task right after that paint. Below it `useFilters`, `useEventMask` and
 * `useViewMask` read these inputs, and a filter change does not render them before then.
 */
export function FollowingViews({ children }: { children: ReactNode }) {
  const filters = useFiltersStore(useShallow(filtersOf));
  const masks = useContext(SharedMasksContext);
  const live = useMemo(() => ({ filters, masks }), [filters, masks]);
  const shown = useAfterPaint(live);
  // The shared masks are provided again as shown: a view reading the live ones would render with each change.
  const inner = createElement(FollowingContext.Provider, { value: shown }, children);
  return createElement(SharedMasksContext.Provider, { value: shown.masks }, inner);
}

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
 * A view's input one painted frame behind the change: as given under `FollowingViews` (which already follows
 * the paint), else `useAfterPaint`'s. For the views below the network and the outlet comparison.
 */
export function useAfterPaintOnce<T>(value: T): T {
  return useAfterPaint(value, useContext(FollowingContext) === null);
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
