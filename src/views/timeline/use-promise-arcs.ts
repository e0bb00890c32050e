import { useDeferredValue, useMemo } from 'react';
import { type BundleIndex, dayNumber } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { promiseConnectors, promiseLinksOf } from '../../selectors/promises.ts';
import { type ConnectorSource, groupConnectors } from './connector-layout.ts';

/**
 * The promises to draw as arcs: planned reports linked to the later report that they happened, both passing
 * the filters but the date (like the marks, which stay in view outside the date filter, veiled). Linking runs once per bundle, deferred past the first paint (it takes a few hundred
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
    return groupConnectors(
      promiseConnectors(promiseLinksOf(linkIndex), mask),
      (e) => index.events[e]!.clusterId,
      (e) => publishedDay.get(index.events[e]!.articleId) ?? NaN,
    );
  }, [linkIndex, mask, index, publishedDay]);
}
