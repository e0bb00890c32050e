import { QUAD_OF_TYPE } from '../model/bundle-schema.ts';
import { sentenceText } from '../model/external-coders.ts';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { type EventMask, passingEvents } from '../selectors/filter-events.ts';

/** One exported event: what it is, who, where it was reported, and the sentence it came from. */
export type ExportRow = {
  id: string;
  /** Null when the article states no date: the bundle then holds the publication day, which is not the event's. */
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
  /** From a fictional article (the demo corpus), not reporting. */
  fiction: boolean;
  evidence: string;
  trigger: string;
  dateBasis: string;
  clusterId: string;
  independentOutlets: number;
  confidence: number;
};

/** Column order, headers (CSV header row, JSON keys) and what each holds (written into the CSV's sidecar). */
export const EXPORT_COLUMNS: { key: keyof ExportRow; header: string; description: string }[] = [
  { key: 'id', header: 'event_id', description: 'Event id in the bundle: article id, then # and the event number.' },
  {
    key: 'date',
    header: 'date',
    description:
      'When the event happened or is planned (YYYY-MM-DD, the first day of the week, month or year for coarser dates); empty when the article states no date.',
  },
  {
    key: 'precision',
    header: 'date_precision',
    description:
      'What the date stands for: day, week, month or year; unknown when no date is stated (the date is then empty).',
  },
  { key: 'type', header: 'type', description: 'PLOVER event type, with its mode in brackets when there is one.' },
  {
    key: 'quadClass',
    header: 'quad_class',
    description: 'Quad class of the type: verbal or material, cooperation or conflict.',
  },
  {
    key: 'modality',
    header: 'modality',
    description: 'Whether the report says it occurred, is ongoing, planned, hypothetical or denied.',
  },
  { key: 'sourceNames', header: 'source_names', description: 'Names of the acting actors, separated by "; ".' },
  { key: 'sourceIds', header: 'source_ids', description: 'Ids of the acting actors, separated by "; ".' },
  { key: 'targetNames', header: 'target_names', description: 'Names of the actors acted on, separated by "; ".' },
  { key: 'targetIds', header: 'target_ids', description: 'Ids of the actors acted on, separated by "; ".' },
  { key: 'outlet', header: 'outlet', description: 'Name of the outlet that published the article.' },
  { key: 'outletId', header: 'outlet_id', description: 'Id of the outlet.' },
  { key: 'articleId', header: 'article_id', description: 'Id of the article the event was read from.' },
  { key: 'articleTitle', header: 'article_title', description: 'Title of the article, when known.' },
  { key: 'published', header: 'published', description: 'Publication date of the article (YYYY-MM-DD), when known.' },
  { key: 'articleUrl', header: 'article_url', description: 'Address of the article, when known.' },
  {
    key: 'fiction',
    header: 'fiction',
    description:
      "true when the article is fiction written for Parley's tests (the demo corpus), not reporting; false otherwise.",
  },
  {
    key: 'evidence',
    header: 'evidence_sentence',
    description:
      "The sentence of the article the event was read from; for an event imported from GDELT, which keeps no text, the note 'coded by GDELT, no sentence available' (the article is at article_url).",
  },
  { key: 'trigger', header: 'trigger', description: 'The words of the sentence that signalled the event.' },
  { key: 'dateBasis', header: 'date_basis', description: 'How the pipeline resolved the date, in words.' },
  {
    key: 'clusterId',
    header: 'cluster_id',
    description: 'Cluster of reports judged to describe the same real-world event.',
  },
  {
    key: 'independentOutlets',
    header: 'independent_outlets',
    description: "How many outlets reported the cluster in their own words (copies of another outlet's text left out).",
  },
  {
    key: 'confidence',
    header: 'confidence',
    description:
      "The pipeline's confidence in the event, 0 to 1 (0.5 for an event imported from GDELT, which gives none).",
  },
];

/** The events passing the filters, one row each, in bundle order. */
export function selectExportRows(index: BundleIndex, mask: EventMask): ExportRow[] {
  const name = (id: string) => index.actorName.get(id) ?? id;
  return Array.from(passingEvents(mask), (i) => {
    const e = index.events.at(i)!;
    const article = index.articles.get(e.articleId);
    const outletId = index.outletIds[index.outlet[i]!] ?? '';
    return {
      id: e.id,
      date: e.datePrecision === 'unknown' ? null : e.date,
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
      fiction: article?.fiction ?? false,
      evidence: sentenceText(e),
      trigger: e.trigger.text,
      dateBasis: e.dateBasis,
      clusterId: e.clusterId,
      independentOutlets: index.independent[i]!,
      confidence: e.confidence,
    };
  });
}
