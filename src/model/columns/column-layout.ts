import type { Bundle } from '../bundle-schema.ts';
import type { Article } from '../bundle-schema.ts';
import type { Utf8Column } from './utf8-column.ts';

// The columnar bundle: the events, their spans, the clusters and the quotations as typed columns, one
// entry per row; everything else (outlets, actors, articles without their text, loaded terms, reuse,
// analysis, places) is metadata that the zod schema validates. docs/event-model.md ("Columnar bundle")
// documents every column. Indices point into the metadata's arrays (actors, outlets, articles, reuse) or
// into the other tables (clusters, events), in bundle order.

/** Version of the column layout; bump on any change a reader of older files would misread. */
export const COLUMN_LAYOUT_VERSION = 1;

/** The day column's value for "no date" (a day number no real date has). */
export const NO_DAY = -2_147_483_648;

/** The code of a missing value in a dictionary column and of "no speaker" in quoteColumns.speaker. */
export const NO_CODE = -1;

/** A string column with few distinct values: each row's code into `values`, NO_CODE for null. */
export type DictColumn = { codes: Int32Array; values: string[] };

/** A list per row: row i's values are values[offsets[i]] up to values[offsets[i + 1]] (offsets has rows + 1 entries). */
export type ListColumn<V extends Uint32Array | Uint8Array = Uint32Array> = { offsets: Int32Array; values: V };

/**
 * Spans of the article per row, as offsets+values. `text` is null when the span lies inside the event's
 * evidence sentence (its text is then the sentence's slice), else the span's own text.
 */
export type SpanListColumn = {
  offsets: Int32Array;
  start: Uint32Array;
  end: Uint32Array;
  text: (string | null)[];
};

/** Actor spans and labels: spans with the actor (index into metadata.actors) each names. */
export type ActorSpanListColumn = SpanListColumn & { actor: Uint32Array };

/** Tone terms: spans with their lexicon valence. */
export type ToneTermListColumn = SpanListColumn & { valence: Float64Array };

/** Fields of a row the layout does not know (a newer schema's optional field), as JSON; null when none. */
export type ExtraColumn = (string | null)[];

/** One row per event (report), in bundle order. */
export type EventColumns = {
  id: string[];
  /** Index into metadata.articles. */
  article: Uint32Array;
  /** Index into metadata.outlets of the event's article's outlet (derived, checked on load). */
  outlet: Uint32Array;
  /** Index into PLOVER_TYPES. */
  type: Uint8Array;
  mode: DictColumn;
  /** Day number of the date; NO_DAY when null. */
  day: Int32Array;
  /** Index into DATE_PRECISIONS. */
  datePrecision: Uint8Array;
  dateBasis: DictColumn;
  /** The date expression: start NO_CODE when there is none. */
  dateSpanStart: Int32Array;
  dateSpanEnd: Int32Array;
  dateSpanText: (string | null)[];
  /** Index into MODALITIES. */
  modality: Uint8Array;
  modalityCue: DictColumn;
  /** Actor indices, in the event's order. */
  source: ListColumn;
  target: ListColumn;
  actorSpans: ActorSpanListColumn;
  actorLabels: ActorSpanListColumn;
  toneScore: Float64Array;
  toneComparative: Float64Array;
  toneTerms: ToneTermListColumn;
  location: DictColumn;
  evidenceStart: Uint32Array;
  evidenceEnd: Uint32Array;
  /** The evidence sentence itself, as UTF-8 decoded per row: the app shows it without the article's text. */
  evidenceText: Utf8Column;
  triggerStart: Uint32Array;
  triggerEnd: Uint32Array;
  triggerText: (string | null)[];
  /** Index into the cluster table. */
  cluster: Uint32Array;
  confidence: Float64Array;
  extra: ExtraColumn;
};

/** One row per cluster (real-world event). */
export type ClusterColumns = {
  id: string[];
  type: Uint8Array;
  day: Int32Array;
  datePrecision: Uint8Array;
  actors: ListColumn;
  /** Event indices. */
  events: ListColumn;
  outlets: ListColumn;
  articles: ListColumn;
  /** Indices into MODALITIES, in the cluster's order. */
  modalities: ListColumn<Uint8Array>;
  independentOutlets: ListColumn;
  /** Reports left out of the independent count: outlet, the outlet it reused and the reuse (index into metadata.reuse). */
  derived: { offsets: Int32Array; outlet: Uint32Array; fromOutlet: Uint32Array; reuse: Uint32Array };
  extra: ExtraColumn;
};

/** One row per quotation. */
export type QuoteColumns = {
  id: string[];
  article: Uint32Array;
  /** Actor index of the speaker; NO_CODE when unnamed. */
  speaker: Int32Array;
  speakerText: string[];
  start: Uint32Array;
  end: Uint32Array;
  text: string[];
  /** Event indices. */
  events: ListColumn;
  extra: ExtraColumn;
};

/** An article as the metadata holds it: everything but the text, which lives in a text shard. */
export type ArticleMeta = Omit<Article, 'text'>;

/** Where article texts live: shard file names, and each article's shard (index into `files`). */
export type TextShardIndex = { files: string[]; shardOfArticle: number[] };

/** The bundle's fields that are not columns, validated by the zod schema; unknown top-level fields ride along. */
export type BundleMetadata = Omit<Bundle, 'articles' | 'events' | 'clusters' | 'quotes'> & {
  columnLayoutVersion: number;
  articles: ArticleMeta[];
  texts: TextShardIndex;
};

/** A bundle as columns. */
export type BundleColumns = {
  metadata: BundleMetadata;
  events: EventColumns;
  clusters: ClusterColumns;
  quotes: QuoteColumns;
};

/** One text shard file: article id -> full text. */
export type TextShard = { articles: Record<string, string> };
