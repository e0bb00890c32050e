import { useMemo } from 'react';
import { useAfterPaintOnce, useBundleIndex, useViewMask } from '../../state/dashboard-hooks.ts';
import { countMapSites, type MapCounts, mapSitesOf } from '../../selectors/map-places.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import type { LonLat } from './map-projection.ts';

/** What the map draws: per-site counts under every filter but its own, and the extent of all the bundle's sites. */
export type MapModel = { counts: MapCounts; events: number; extent: LonLat[]; chosen: string[] };

/**
 * The map is filtered by every clause but the place clause (mosaic's crossfilter): with no place chosen it
 * reuses the shared mask, so the usual filter change costs it one pass over the passing events, one frame
 * after the views in sight have painted.
 */
export function useMapModel(): MapModel {
  const index = useBundleIndex();
  const chosen = useFiltersStore((s) => s.places);
  const mask = useAfterPaintOnce(useViewMask('map'));
  const sites = useMemo(() => mapSitesOf(index), [index]);
  const counts = useMemo(() => countMapSites(index, sites, mask), [index, sites, mask]);
  const extent = useMemo(() => sites.sites.map((s): LonLat => [s.lon, s.lat]), [sites]);
  return { counts, events: mask.count, extent, chosen };
}
