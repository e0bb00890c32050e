import { useMemo } from 'react';
import { useIdleValue } from '../../components/use-after-paint.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { promiseLinksOf } from '../../selectors/promises.ts';
import { type ConnectorSource, groupConnectors } from './connector-layout.ts';

/**
 * The promises to draw as arcs: planned reports linked to the later report that they happened, both passing
 * the filters but the date (like the marks, which stay in view outside the date filter, veiled). Linking runs
 * once per bundle, shared with the Promises list, once the first paint is done and the page is idle (it
 * takes a hundred milliseconds or more at 100,000 events); until then no arcs are drawn. The grouping is per
 * bundle too: a filter change only swaps the mask the layout checks.
 */
export function usePromiseArcs(index: BundleIndex, mask: EventMask): ConnectorSource | null {
  const linkIndex = useIdleValue(index, null);
  const byCluster = useMemo(() => (linkIndex ? promiseArcsOf(linkIndex) : null), [linkIndex]);
  return useMemo(() => (byCluster ? { byCluster, mask } : null), [byCluster, mask]);
}

/** Every kept promise of the bundle, grouped by the cluster of the report that kept it. */
export function promiseArcsOf(index: BundleIndex): ConnectorSource['byCluster'] {
  // The cluster's id from the cluster column: event objects are left alone.
  return groupConnectors(promiseLinksOf(index), (e) => index.bundle.columns.clusters.id[index.cluster[e]!]!);
}
