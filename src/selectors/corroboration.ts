import type { BundleIndex } from './bundle-index.ts';

/** How well one cluster is corroborated: independent outlets of all that reported it, and which reports reuse another's text. */
export type Corroboration = {
  independent: number;
  outlets: number;
  /** One independent outlet (or none): nothing confirms the report. */
  singleSource: boolean;
  /** "2 of 3 independent". */
  text: string;
  /** Derived reports: the outlet whose text each reuses. */
  derivedFrom: Map<string, { outletId: string; outlet: string; reuseId: string }>;
};

/** The corroboration of a cluster, from the pipeline's independent-outlet list and reuse links. */
export function corroborationOf(index: BundleIndex, clusterIndex: number): Corroboration {
  const cluster = index.bundle.clusters.at(clusterIndex)!;
  const independent = cluster.independentOutletIds.length;
  const outlets = cluster.outletIds.length;
  const derivedFrom = new Map(
    cluster.derived.map((d) => [d.outletId, { outletId: d.fromOutletId, outlet: index.outletName.get(d.fromOutletId) ?? d.fromOutletId, reuseId: d.reuseId }]),
  );
  const text = `${independent} of ${outlets} independent`;
  return { independent, outlets, singleSource: independent <= 1, text, derivedFrom };
}
