import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

const COUNT = new Intl.NumberFormat('en');
const formatCount = (n: number) => COUNT.format(n);

/** How many of the passing events come from fictional articles. */
export function countFictionEvents(index: BundleIndex, mask: EventMask): number {
  const { pass } = mask;
  const { fiction } = index;
  let n = 0;
  for (let i = 0; i < pass.length; i++) if (pass[i] && fiction[i]) n++;
  return n;
}

/** A warning that some or all of what a view shows is fiction, or null when none of it is. */
export function describeFiction(fictionEvents: number, events: number): string | null {
  if (fictionEvents === 0) return null;
  const which =
    fictionEvents === events ? `All ${formatCount(events)}` : `${formatCount(fictionEvents)} of ${formatCount(events)}`;
  return `${which} events here come from fictional articles (the demo corpus), not from reporting.`;
}

/** Whether the reports behind a mark are fiction: all of them, some of them, or none. */
export function fictionOfEvents(index: BundleIndex, eventIds: readonly string[]): 'all' | 'some' | 'none' {
  let fiction = 0;
  for (const id of eventIds) fiction += index.fiction[index.eventIndex.get(id) ?? -1] ?? 0;
  return fiction === 0 ? 'none' : fiction === eventIds.length ? 'all' : 'some';
}

/** Whether any report in a cluster (by cluster index) is fiction: cheap, for the label of every mark in view. */
export function clusterHasFiction(index: BundleIndex, cluster: number): boolean {
  if (cluster < 0 || cluster >= index.clusterCount) return false;
  for (const e of index.clusterEventsOf(cluster)) if (index.fiction[e]) return true;
  return false;
}
