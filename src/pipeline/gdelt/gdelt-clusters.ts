import type { Cluster } from '../../model/bundle-schema.ts';
import { buildClusters } from '../cluster/summarise-clusters.ts';
import type { EventContext } from '../cluster/report-profile.ts';
import type { GdeltEvent } from './gdelt-events.ts';

/**
 * GDELT events of the same day, the same source and target actors and the same PLOVER type are one real-world
 * event told by several articles: GDELT codes each article's mention as a row of its own. Direction counts
 * (A against B is not B against A), and the mode does not (one outlet's "visit" is another's plain meeting).
 */
export function clusterGdeltEvents(
  events: GdeltEvent[],
  contextOf: (e: { articleId: string }) => EventContext,
): { clusters: Cluster[]; clusterOf: Map<string, string> } {
  const groups = new Map<string, GdeltEvent[]>();
  for (const e of events) {
    const key = clusterKey(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return buildClusters([...groups.values()], contextOf);
}

/** The day, the sorted source and target ids and the type. */
export function clusterKey(e: GdeltEvent): string {
  return [e.date, [...e.source].sort().join('+'), [...e.target].sort().join('+'), e.type].join('|');
}
