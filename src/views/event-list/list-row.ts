import { MODALITIES } from '../../model/bundle-schema.ts';
import { formatEventDate } from '../../model/day-format.ts';
import { type NoSentence, noSentenceOf, sentenceText } from '../../model/external-coders.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { clusterHasFiction } from '../../selectors/fiction.ts';
import type { Selection } from '../../state/filters.ts';
import type { ListKind } from './list-order.ts';

/** What the list says where the text states no date (never the publication day standing in for it). */
export const DATE_NOT_STATED = 'date not stated';

/** One row as shown: text for each column, the outlets behind it, and what opening it selects. */
export type ListRow = {
  key: string;
  date: string;
  precision: string;
  type: string;
  sources: string;
  targets: string;
  /** Outlet ids: the report's own, or those of a real-world event's passing reports. */
  outletIds: readonly string[];
  modality: string;
  sentence: string;
  /** For an event imported from a coder (GDELT): the note shown instead of a sentence, with the article's link. */
  noSentence: NoSentence | null;
  fiction: boolean;
  selection: Selection;
};

/** The row for a report (event index) or a real-world event (cluster index, shown through its first passing report). */
export function describeRow(
  index: BundleIndex,
  mask: EventMask,
  kind: ListKind,
  row: number,
  firstReport: Int32Array | null,
): ListRow {
  if (kind === 'reports') return describeReport(index, row);
  const cluster = index.bundle.clusters.at(row)!;
  const first = describeReport(index, firstReport?.[row] ?? index.clusterEventsOf(row)[0]!);
  const passing = passingReports(index, mask, row);
  return {
    ...first,
    key: cluster.id,
    date: formatEventDate(cluster.date, cluster.datePrecision, DATE_NOT_STATED),
    precision: precisionLabel(cluster.datePrecision),
    type: cluster.type,
    outletIds: [...new Set(passing.map((i) => index.outletIds[index.outlet[i]!]!))],
    modality: MODALITIES[Math.min(...passing.map((i) => index.modality[i]!))] ?? first.modality,
    fiction: clusterHasFiction(index, row),
    selection: { kind: 'cluster', clusterId: cluster.id },
  };
}

function describeReport(index: BundleIndex, i: number): ListRow {
  const e = index.events.at(i)!;
  const names = (ids: string[]) => ids.map((id) => index.actorName.get(id) ?? id).join(', ');
  return {
    key: e.id,
    date: formatEventDate(e.date, e.datePrecision, DATE_NOT_STATED),
    precision: precisionLabel(e.datePrecision),
    type: e.type,
    sources: names(e.source),
    targets: names(e.target),
    outletIds: [index.outletIds[index.outlet[i]!]!],
    modality: e.modality,
    sentence: sentenceText(e),
    noSentence: noSentenceOf(e, index.articles.get(e.articleId)?.url ?? null),
    fiction: index.fiction[i] === 1,
    selection: { kind: 'event', eventId: e.id },
  };
}

function precisionLabel(precision: string): string {
  return precision === 'unknown' ? 'not stated' : precision;
}

function passingReports(index: BundleIndex, mask: EventMask, cluster: number): number[] {
  return Array.from(index.clusterEventsOf(cluster)).filter((i) => mask.pass[i]);
}

/** Whether a row is what the evidence shows: the selected report, or the real-world event it belongs to (either way round). */
export function isRowSelected(index: BundleIndex, kind: ListKind, row: number, selection: Selection | null): boolean {
  if (!selection || selection.kind === 'edge') return false;
  const clusterId = kind === 'reports' ? index.clusterIds[index.cluster[row]!]! : index.clusterIds[row]!;
  if (selection.kind === 'event') {
    return kind === 'reports'
      ? index.eventIds[row]! === selection.eventId
      : index.events.at(index.eventIndex.get(selection.eventId) ?? -1)?.clusterId === clusterId;
  }
  return selection.clusterId === clusterId;
}

/** "65 reports" or "41 real-world events" (singular for one). */
export function describeCount(count: number, kind: ListKind, format: (n: number) => string): string {
  const noun = kind === 'reports' ? 'report' : 'real-world event';
  return `${format(count)} ${noun}${count === 1 ? '' : 's'}`;
}
