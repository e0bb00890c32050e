import { useMemo } from 'react';
import { useBundleIndex, useEventMask, useFilters } from '../../state/dashboard-hooks.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { countFictionEvents } from '../../selectors/fiction.ts';
import { type ActorGraph, selectActorGraph } from '../../selectors/network.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { layoutRequestOf, positionsFor, type Positions, SHOWN_NODES } from './network-layout.ts';
import { useForceLayout } from './use-force-layout.ts';

/** What the network view draws: the filtered graph, and stable positions (null while the layout runs). */
export type NetworkModel = { eventCount: number; fictionCount: number; graph: ActorGraph; base: Positions | null; positions: Positions | null };

/**
 * The layout is computed once per bundle (and collapse setting) for the busiest actors of the whole
 * bundle; filters then only pick which of those nodes show and how big they are. Actors outside the
 * precomputed set get a place derived from the whole-bundle graph, so nothing moves when filters change.
 */
export function useNetworkModel(collapsePeople: boolean): NetworkModel {
  const index = useBundleIndex();
  const filters = useFilters();
  const mask = useEventMask();
  const full = useMemo(() => selectActorGraph(index, selectEventMask(index, EMPTY_FILTERS), { maxNodes: Infinity, collapsePeople }), [index, collapsePeople]);
  const request = useMemo(() => layoutRequestOf(full), [full]);
  const base = useForceLayout(request);
  const graph = useMemo(() => selectActorGraph(index, mask, { maxNodes: SHOWN_NODES, collapsePeople, keep: filters.actors }), [index, mask, collapsePeople, filters.actors]);
  const positions = useMemo(() => (base ? positionsFor(base, full, graph) : null), [base, full, graph]);
  const fictionCount = useMemo(() => countFictionEvents(index, mask), [index, mask]);
  return { eventCount: mask.count, fictionCount, graph, base, positions };
}
