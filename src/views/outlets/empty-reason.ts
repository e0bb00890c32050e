import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import type { FilterKey, Filters } from '../../state/filters.ts';
import { formatCount } from '../../components/format.ts';

/** A filter whose removal alone would bring events back, and how many. */
export type EmptyReason = { key: FilterKey; label: string; count: number };

const CHECKS: { key: FilterKey; label: string; active: (f: Filters) => boolean }[] = [
  { key: 'actors', label: 'Actors', active: (f) => f.actors.length > 0 },
  { key: 'date', label: 'From/To dates', active: (f) => f.from !== null || f.to !== null },
  { key: 'types', label: 'Event types', active: (f) => f.types.length > 0 },
  { key: 'outlets', label: 'Outlets', active: (f) => f.outlets.length > 0 },
  { key: 'modalities', label: 'Modality', active: (f) => f.modalities.length > 0 },
  { key: 'query', label: 'Search', active: (f) => f.query.trim() !== '' },
  { key: 'speakers', label: 'Speakers', active: (f) => f.speakers.length > 0 },
  { key: 'minSources', label: 'Independent sources', active: (f) => f.minSources > 1 },
  { key: 'places', label: 'Places', active: (f) => f.places.length > 0 },
];

/**
 * Which filter emptied the view: for each active filter, how many events would pass without it. Runs
 * only when nothing passes, so its cost (one pass per active filter) is paid once per empty result.
 */
export function emptyReasons(index: BundleIndex, filters: Filters): EmptyReason[] {
  return CHECKS.filter((c) => c.active(filters))
    .map((c) => ({ key: c.key, label: c.label, count: selectEventMask(index, filters, c.key).count }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** One sentence saying why nothing shows and which filter to loosen. */
export function emptyMessage(reasons: EmptyReason[]): string {
  if (reasons.length === 0) return 'No events match these filters together; loosen more than one.';
  const [first] = reasons;
  return `No events match these filters. Without the ${first!.label} filter, ${formatCount(first!.count)} would show.`;
}
