import { type Cluster, MODALITIES, PLOVER_TYPES, type PloverType } from '../../model/bundle-schema.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import type { EventContext } from './report-profile.ts';

/** Numbers the groups as clusters in date order (then by first event id), each summarised from its reports. */
export function buildClusters(
  groups: ExtractedEvent[][],
  contextOf: (e: ExtractedEvent) => EventContext,
): { clusters: Cluster[]; clusterOf: Map<string, string> } {
  const drafts = groups.map((members) => summarise(members, contextOf));
  drafts.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.eventIds[0]!.localeCompare(b.eventIds[0]!),
  );
  const clusterOf = new Map<string, string>();
  const clusters = drafts.map((draft, i) => {
    const id = `c${String(i + 1).padStart(5, '0')}`;
    for (const eventId of draft.eventIds) clusterOf.set(eventId, id);
    return { ...draft, id };
  });
  return { clusters, clusterOf };
}

function summarise(members: ExtractedEvent[], contextOf: (e: ExtractedEvent) => EventContext): Omit<Cluster, 'id'> {
  const sorted = [...members].sort((a, b) => a.id.localeCompare(b.id));
  const precise = sorted.filter((e) => e.datePrecision === 'day');
  const dated = precise.length > 0 ? precise : sorted;
  // The date and its precision come from the same report: the first one carrying the most common date.
  const date = mostCommon(dated.map((e) => e.date));
  const dateSource = dated.find((e) => e.date === date)!;
  const counts = new Map<PloverType, number>();
  for (const e of sorted) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  // The most frequent type; among equals, the first in PLOVER's order.
  let type: PloverType = PLOVER_TYPES[0];
  for (const t of PLOVER_TYPES) if ((counts.get(t) ?? 0) > (counts.get(type) ?? 0)) type = t;
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    type,
    date,
    datePrecision: dateSource.datePrecision,
    actorIds: uniq(sorted.flatMap((e) => [...e.source, ...e.target])),
    eventIds: sorted.map((e) => e.id),
    outletIds: uniq(sorted.map((e) => contextOf(e).outletId)),
    articleIds: uniq(sorted.map((e) => e.articleId)),
    modalities: MODALITIES.filter((m) => sorted.some((e) => e.modality === m)),
    independentOutletIds: uniq(sorted.map((e) => contextOf(e).outletId)),
    derived: [],
  };
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]![0];
}
