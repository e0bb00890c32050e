import { MODALITIES, type Modality, PLOVER_TYPES, type PloverType } from '../model/bundle-schema.ts';
import type { Filters } from '../state/filters.ts';
import type { BundleIndex } from './bundle-index.ts';
import { compileFilters, FAIL } from './filter-events.ts';

/** One option of a filter control with how many events it would show given the other filters. */
export type FacetOption<K extends string = string> = { id: K; label: string; count: number };

/** Counts for every filter control, each computed with all the other filters applied (faceted counts). */
export type Facets = {
  actors: FacetOption[];
  types: FacetOption<PloverType>[];
  outlets: FacetOption[];
  modalities: FacetOption<Modality>[];
  /** Speaker keys (see `speakerKeyOf`) with the events they are quoted about. */
  speakers: FacetOption[];
};

/**
 * Faceted counts in one pass (the crossfilter trick): an event failing no filter counts in every facet;
 * an event failing only one facet's own filter counts in that facet alone. The actors list is sorted by
 * count (then name); types, outlets and modalities keep a fixed order.
 */
export function selectFacets(index: BundleIndex, filters: Filters): Facets {
  const failsOf = compileFilters(index, filters);
  const actorCounts = new Uint32Array(index.actorIds.length);
  const typeCounts = new Uint32Array(PLOVER_TYPES.length);
  const outletCounts = new Uint32Array(index.outletIds.length);
  const modalityCounts = new Uint32Array(MODALITIES.length);
  const speakerCounts = new Uint32Array(index.speakerKeys.length);
  const { actorList, actorStart, speakerList, speakerStart } = index;
  for (let i = 0; i < index.events.length; i++) {
    const fails = failsOf(i);
    if (fails === 0 || fails === FAIL.actors) for (let k = actorStart[i]!; k < actorStart[i + 1]!; k++) actorCounts[actorList[k]!]!++;
    if (fails === 0 || fails === FAIL.types) typeCounts[index.type[i]!]!++;
    if (fails === 0 || fails === FAIL.outlets) outletCounts[index.outlet[i]!]!++;
    if (fails === 0 || fails === FAIL.modalities) modalityCounts[index.modality[i]!]!++;
    if (fails === 0 || fails === FAIL.speakers) for (let k = speakerStart[i]!; k < speakerStart[i + 1]!; k++) speakerCounts[speakerList[k]!]!++;
  }
  const actors = index.actorIds
    .map((id, i) => ({ id, label: index.actorName.get(id) ?? id, count: actorCounts[i]! }))
    .filter((o) => o.count > 0 || filters.actors.includes(o.id))
    .sort(byCountThenLabel);
  // Every speaker stays listed (quoted about no event in view shows 0), as the outlets do.
  const speakers = index.speakerKeys
    .map((id, k) => ({ id, label: index.speakerName.get(id) ?? id, count: speakerCounts[k]! }))
    .sort(byCountThenLabel);
  return {
    actors,
    types: PLOVER_TYPES.map((t, i) => ({ id: t, label: t, count: typeCounts[i]! })),
    outlets: index.outletIds.map((id, i) => ({ id, label: index.outletName.get(id) ?? id, count: outletCounts[i]! })).sort(byCountThenLabel),
    modalities: MODALITIES.map((m, i) => ({ id: m, label: m, count: modalityCounts[i]! })),
    speakers,
  };
}

// Plain comparison, not localeCompare: two thousand actors are sorted on every filter change.
function byCountThenLabel(a: FacetOption, b: FacetOption): number {
  return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
