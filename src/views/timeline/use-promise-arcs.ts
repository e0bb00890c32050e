import { useDeferredValue, useMemo } from 'react';
import { type BundleIndex, dayNumber } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { promiseConnectors, promiseLinksOf } from '../../selectors/promises.ts';
import type { ConnectorSource } from './connector-layout.ts';

/**
 * The promises to draw as arcs: planned reports linked to the later report that they happened, both passing
 * the filters. Linking runs once per bundle, deferred past the first paint (it takes a few hundred
 * milliseconds at 100,000 events); until then no arcs are drawn.
 */
export function usePromiseArcs(index: BundleIndex, mask: EventMask): ConnectorSource | null {
  const linkIndex = useDeferredValue(index, null);
  const publishedDay = useMemo(() => {
    const days = new Map<string, number>();
    for (const a of index.articles.values()) days.set(a.id, a.published ? dayNumber(a.published) : NaN);
    return days;
  }, [index]);
  return useMemo(() => {
    if (!linkIndex) return null;
    return {
      pairs: promiseConnectors(promiseLinksOf(linkIndex), mask),
      clusterOf: (e: number) => index.events[e]!.clusterId,
      announcedDay: (e: number) => publishedDay.get(index.events[e]!.articleId) ?? NaN,
    };
  }, [linkIndex, mask, index, publishedDay]);
}
