import { useDeferredValue, useMemo } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { promiseLinksOf } from '../../selectors/promises.ts';
import { type ConnectorSource, groupConnectors } from './connector-layout.ts';

/**
 * The promises to draw as arcs: planned reports linked to the later report that they happened, both passing
 * the filters but the date (like the marks, which stay in view outside the date filter, veiled). Linking runs
 * once per bundle, shared with the Promises list, after the first paint (it takes a few hundred milliseconds
 * at 100,000 events); until then no arcs are drawn. The grouping is per bundle too: a filter change only
 * swaps the mask the layout checks.
 */
export function usePromiseArcs(index: BundleIndex, mask: EventMask): ConnectorSource | null {
  const linkIndex = useDeferredValue(index, null);
  const byCluster = useMemo(() => (linkIndex ? groupConnectors(promiseLinksOf(linkIndex), (e) => linkIndex.bundle.columns.clusters.id[linkIndex.cluster[e]!]!) : null), [linkIndex]);
  return useMemo(() => (byCluster ? { byCluster, mask } : null), [byCluster, mask]);
}
