import type { BundleIndex } from '../../src/selectors/bundle-index.ts';
import { selectFacets } from '../../src/selectors/facets.ts';
import { type EventMask, narrowByDate, selectEventMask } from '../../src/selectors/filter-events.ts';
import type { Filters } from '../../src/state/filters.ts';

/**
 * Parley's data work for one filter change, as the dashboard does it: the mask without the date range (kept
 * while only the brush moves), the mask narrowed by the range, and the faceted counts of every control.
 */
export function parleyEngine(index: BundleIndex): (f: Filters) => number {
  let lastDateFree = '';
  let withoutDate: EventMask | null = null;
  return (f) => {
    const dateFree = { ...f, from: null, to: null, publicationDates: false };
    const key = JSON.stringify(dateFree);
    if (key !== lastDateFree || !withoutDate) {
      withoutDate = selectEventMask(index, dateFree);
      lastDateFree = key;
    }
    const all = narrowByDate(index, withoutDate, f.from, f.to, f.publicationDates);
    const facets = selectFacets(index, f);
    return all.count + facets.types.length;
  };
}
