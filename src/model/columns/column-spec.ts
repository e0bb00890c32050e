// The storage kind of every column of the layout (column-layout.ts), in one place: the Arrow codec writes
// and reads by it, and a decoded file missing a column or holding one of another kind is reported by it.

/** How one column is stored. */
export type ColumnKind =
  | 'u8'
  | 'u32'
  | 'i32'
  | 'f64'
  /** Strings, null allowed. */
  | 'utf8'
  /**
   * Strings without nulls, stored as Arrow Utf8 like 'utf8' but held as their UTF-8 bytes and offsets
   * (utf8-column.ts) and decoded per row: for a long column few rows of which are read.
   */
  | 'text'
  /** Dictionary-encoded strings: codes with NO_CODE for null. */
  | 'dict'
  /** A list of numbers per row: offsets + values. */
  | { list: 'u8' | 'u32' }
  /** A list of records per row: offsets + one array per field. */
  | { records: Record<string, 'u32' | 'f64' | 'utf8'> };

export type TableSpec = Record<string, ColumnKind>;

const SPAN = { start: 'u32', end: 'u32', text: 'utf8' } as const;

export const EVENT_SPEC: TableSpec = {
  id: 'utf8',
  article: 'u32',
  outlet: 'u32',
  type: 'u8',
  mode: 'dict',
  day: 'i32',
  datePrecision: 'u8',
  dateBasis: 'dict',
  dateSpanStart: 'i32',
  dateSpanEnd: 'i32',
  dateSpanText: 'utf8',
  modality: 'u8',
  modalityCue: 'dict',
  source: { list: 'u32' },
  target: { list: 'u32' },
  actorSpans: { records: { ...SPAN, actor: 'u32' } },
  actorLabels: { records: { ...SPAN, actor: 'u32' } },
  toneScore: 'f64',
  toneComparative: 'f64',
  toneTerms: { records: { ...SPAN, valence: 'f64' } },
  location: 'dict',
  evidenceStart: 'u32',
  evidenceEnd: 'u32',
  evidenceText: 'text',
  triggerStart: 'u32',
  triggerEnd: 'u32',
  triggerText: 'utf8',
  cluster: 'u32',
  confidence: 'f64',
  extra: 'utf8',
};

export const CLUSTER_SPEC: TableSpec = {
  id: 'utf8',
  type: 'u8',
  day: 'i32',
  datePrecision: 'u8',
  actors: { list: 'u32' },
  events: { list: 'u32' },
  outlets: { list: 'u32' },
  articles: { list: 'u32' },
  modalities: { list: 'u8' },
  independentOutlets: { list: 'u32' },
  derived: { records: { outlet: 'u32', fromOutlet: 'u32', reuse: 'u32' } },
  extra: 'utf8',
};

export const QUOTE_SPEC: TableSpec = {
  id: 'utf8',
  article: 'u32',
  speaker: 'i32',
  speakerText: 'utf8',
  start: 'u32',
  end: 'u32',
  text: 'utf8',
  events: { list: 'u32' },
  extra: 'utf8',
};

/** The column tables of a bundle, in file order, with their specs. */
export const TABLE_SPECS = { events: EVENT_SPEC, clusters: CLUSTER_SPEC, quotes: QUOTE_SPEC } as const;

export type TableName = keyof typeof TABLE_SPECS;
