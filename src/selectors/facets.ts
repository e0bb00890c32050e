import { MODALITIES, type Modality, PLOVER_TYPES, type PloverType } from '../model/bundle-schema.ts';
import type { Filters } from '../state/filters.ts';
import type { BundleIndex } from './bundle-index.ts';
import { selectEventMask } from './filter-events.ts';

/** One option of a filter control with how many events it would show given the other filters. */
export type FacetOption<K extends string = string> = { id: K; label: string; count: number };

/** Counts for every filter control, each computed with all the other filters applied (faceted counts). */
export type Facets = {
  actors: FacetOption[];
  types: FacetOption<PloverType>[];
  outlets: FacetOption[];
  modalities: FacetOption<Modality>[];
};

/** Faceted counts: the actors list is sorted by count (then name); types, outlets and modalities keep a fixed order. */
export function selectFacets(index: BundleIndex, filters: Filters): Facets {
  const actorCounts = new Uint32Array(index.actorIds.length);
  const actorMask = selectEventMask(index, filters, 'actors');
  for (let i = 0; i < actorMask.pass.length; i++) if (actorMask.pass[i]) for (const a of index.actors[i]!) actorCounts[a]!++;
  const count = (key: 'types' | 'outlets' | 'modalities', field: Uint8Array | Uint16Array, size: number) => {
    const counts = new Uint32Array(size);
    const mask = selectEventMask(index, filters, key);
    for (let i = 0; i < mask.pass.length; i++) if (mask.pass[i]) counts[field[i]!]!++;
    return counts;
  };
  const typeCounts = count('types', index.type, PLOVER_TYPES.length);
  const outletCounts = count('outlets', index.outlet, index.outletIds.length);
  const modalityCounts = count('modalities', index.modality, MODALITIES.length);
  const actors = index.actorIds
    .map((id, i) => ({ id, label: index.actorName.get(id) ?? id, count: actorCounts[i]! }))
    .filter((o) => o.count > 0 || filters.actors.includes(o.id))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    actors,
    types: PLOVER_TYPES.map((t, i) => ({ id: t, label: t, count: typeCounts[i]! })),
    outlets: index.outletIds.map((id, i) => ({ id, label: index.outletName.get(id) ?? id, count: outletCounts[i]! })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    modalities: MODALITIES.map((m, i) => ({ id: m, label: m, count: modalityCounts[i]! })),
  };
}
