import type { Bundle } from '../model/bundle-schema.ts';

/** One line per outlet report of a cluster. */
export type ClusterReport = { eventId: string; outlet: string; modality: string; sentence: string };
/** A real-world event with its reports, for lists. */
export type ClusterRow = { id: string; date: string | null; type: string; actors: string[]; reports: ClusterReport[] };

/** Clusters in date order with actor names and each report's outlet and sentence. */
export function selectClusterRows(bundle: Bundle): ClusterRow[] {
  const actorName = new Map(bundle.actors.map((a) => [a.id, a.name]));
  const outletName = new Map(bundle.outlets.map((o) => [o.id, o.name]));
  const articleOutlet = new Map(bundle.articles.map((a) => [a.id, a.outletId]));
  const events = new Map(bundle.events.map((e) => [e.id, e]));
  return bundle.clusters.map((c) => ({
    id: c.id,
    date: c.datePrecision === 'unknown' ? null : c.date,
    type: c.type,
    actors: c.actorIds.map((id) => actorName.get(id) ?? id),
    reports: c.eventIds.map((id) => {
      const e = events.get(id)!;
      return { eventId: id, outlet: outletName.get(articleOutlet.get(e.articleId)!) ?? 'unknown', modality: e.modality, sentence: e.evidence.text };
    }),
  }));
}
