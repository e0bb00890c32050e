import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { activeClauses, type ClauseKey, type Filters } from '../../state/filters.ts';
import { formatCount } from '../../components/format.ts';

/** A filter whose removal alone would bring events back, and how many. */
export type EmptyReason = { key: ClauseKey; label: string; count: number };

/**
 * Which filter emptied the view: for each active filter, how many events would pass without it. Runs
 * only when nothing passes, so its cost (one pass per active filter) is paid once per empty result.
 */
export function emptyReasons(index: BundleIndex, filters: Filters): EmptyReason[] {
  return activeClauses(filters)
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
