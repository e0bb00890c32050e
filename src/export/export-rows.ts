import { QUAD_OF_TYPE } from '../model/bundle-schema.ts';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { type EventMask, passingEvents } from '../selectors/filter-events.ts';

/** One exported event: what it is, who, where it was reported, and the sentence it came from. */
export type ExportRow = {
  id: string;
  date: string | null;
  precision: string;
  type: string;
  quadClass: string;
  modality: string;
  sourceNames: string[];
  sourceIds: string[];
  targetNames: string[];
  targetIds: string[];
  outlet: string;
  outletId: string;
  articleId: string;
  articleTitle: string | null;
  published: string | null;
  articleUrl: string | null;
  evidence: string;
  trigger: string;
  dateBasis: string;
  clusterId: string;
  independentOutlets: number;
  confidence: number;
};

/** Column order and headers of the export (CSV header row, JSON keys). */
export const EXPORT_COLUMNS: { key: keyof ExportRow; header: string }[] = [
  { key: 'id', header: 'event_id' },
  { key: 'date', header: 'date' },
  { key: 'precision', header: 'date_precision' },
  { key: 'type', header: 'type' },
  { key: 'quadClass', header: 'quad_class' },
  { key: 'modality', header: 'modality' },
  { key: 'sourceNames', header: 'source_names' },
  { key: 'sourceIds', header: 'source_ids' },
  { key: 'targetNames', header: 'target_names' },
  { key: 'targetIds', header: 'target_ids' },
  { key: 'outlet', header: 'outlet' },
  { key: 'outletId', header: 'outlet_id' },
  { key: 'articleId', header: 'article_id' },
  { key: 'articleTitle', header: 'article_title' },
  { key: 'published', header: 'published' },
  { key: 'articleUrl', header: 'article_url' },
  { key: 'evidence', header: 'evidence_sentence' },
  { key: 'trigger', header: 'trigger' },
  { key: 'dateBasis', header: 'date_basis' },
  { key: 'clusterId', header: 'cluster_id' },
  { key: 'independentOutlets', header: 'independent_outlets' },
  { key: 'confidence', header: 'confidence' },
];

/** The events passing the filters, one row each, in bundle order. */
export function selectExportRows(index: BundleIndex, mask: EventMask): ExportRow[] {
  const name = (id: string) => index.actorName.get(id) ?? id;
  return Array.from(passingEvents(mask), (i) => {
    const e = index.events[i]!;
    const article = index.articles.get(e.articleId);
    const outletId = index.outletIds[index.outlet[i]!] ?? '';
    return {
      id: e.id,
      date: e.date,
      precision: e.datePrecision,
      type: e.mode ? `${e.type} (${e.mode})` : e.type,
      quadClass: QUAD_OF_TYPE[e.type],
      modality: e.modality,
      sourceNames: e.source.map(name),
      sourceIds: e.source,
      targetNames: e.target.map(name),
      targetIds: e.target,
      outlet: index.outletName.get(outletId) ?? outletId,
      outletId,
      articleId: e.articleId,
      articleTitle: article?.title ?? null,
      published: article?.published ?? null,
      articleUrl: article?.url ?? null,
      evidence: e.evidence.text,
      trigger: e.trigger.text,
      dateBasis: e.dateBasis,
      clusterId: e.clusterId,
      independentOutlets: index.independent[i]!,
      confidence: e.confidence,
    };
  });
}
