import type { Cluster } from '../../model/bundle-schema.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import { groupReports } from './attach-reports.ts';
import { OWN_PARTIES, type Parties } from './parties.ts';
import { type EventContext, profileReport } from './report-profile.ts';
import { buildClusters } from './summarise-clusters.ts';

export type { EventContext } from './report-profile.ts';
export { partyResolver, type Parties, type PartyRecord } from './parties.ts';

/**
 * Groups reports of the same real-world event: same type family, parties in common once people are
 * resolved to the state they act for (`parties`; by default each actor is its own party), windows of days
 * that overlap given each report's precision, and the same side acting for directed types. Attachment is
 * greedy and not transitive (see `groupReports`): a report joins a cluster only if it fits all of its core.
 */
export function clusterEvents(
  events: ExtractedEvent[],
  contextOf: (e: ExtractedEvent) => EventContext,
  parties: Parties = OWN_PARTIES,
): { clusters: Cluster[]; clusterOf: Map<string, string> } {
  const profiles = events.map((e) => profileReport(e, contextOf(e), parties));
  const groups = groupReports(profiles).map((group) => group.map((p) => p.event));
  return buildClusters(groups, contextOf);
}
