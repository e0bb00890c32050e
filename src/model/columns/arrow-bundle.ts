import {
  type Data,
  Field,
  makeData,
  RecordBatch,
  RecordBatchReader,
  Schema,
  Struct,
  Table,
  tableToIPC,
  type Utf8,
} from 'apache-arrow';
import type { BundleColumns, BundleMetadata } from './column-layout.ts';
import { type ColumnKind, TABLE_SPECS, type TableName, type TableSpec } from './column-spec.ts';
import { arrowTypeOf, fromArrowData, type PackedStrings, packedStringsOf, toArrowData } from './arrow-columns.ts';
import { parseMetadataJson } from './metadata-schema.ts';
import { validateColumns } from './validate-columns.ts';

// bundle.arrow: one Arrow IPC stream per table (events, clusters, quotes), end to end in one file; Arrow's
// RecordBatchReader.readAll reads consecutive streams. Each stream's schema names its table; the events
// stream also carries the bundle's metadata as JSON (key "parley.metadata").

const TABLE_KEY = 'parley.table';
const METADATA_KEY = 'parley.metadata';

/** The columns as bundle.arrow's bytes. */
export function encodeArrowBundle(columns: BundleColumns): Uint8Array {
  const streams = (Object.keys(TABLE_SPECS) as TableName[]).map((name) =>
    tableToIPC(arrowTable(name, columns[name], name === 'events' ? JSON.stringify(columns.metadata) : null), 'stream'),
  );
  const out = new Uint8Array(streams.reduce((sum, s) => sum + s.length, 0));
  let at = 0;
  for (const stream of streams) {
    out.set(stream, at);
    at += stream.length;
  }
  return out;
}

function arrowTable(name: TableName, table: object, metadata: string | null): Table {
  const spec: TableSpec = TABLE_SPECS[name];
  const values = table as Record<string, unknown>;
  const fields = Object.entries(spec).map(([column, kind]) => new Field(column, arrowTypeOf(kind), true));
  const data = Object.entries(spec).map(([column, kind]) => toArrowData(kind, values[column]));
  const keys = new Map<string, string>([[TABLE_KEY, name]]);
  if (metadata !== null) keys.set(METADATA_KEY, metadata);
  const schema = new Schema(fields, keys);
  const rows = (values.id as unknown[]).length;
  return new Table(schema, [
    new RecordBatch(schema, makeData({ type: new Struct(fields), length: rows, children: data })),
  ]);
}

/**
 * Decoded but not yet validated: the metadata as its JSON text, the tables in the layout's shape. With
 * `packStrings`, every nullable string column ('utf8', also inside lists of records) is left empty and kept
 * instead as its packed buffers in the file (views, nothing decoded), by path ("events.id",
 * "events.actorSpans.text"): what the bundle worker checks and hands to the page (wire-strings.ts).
 */
export type DecodedArrowBundle = {
  metadataJson: string;
  columns: Omit<BundleColumns, 'metadata'>;
  strings: Record<string, PackedStrings>;
};

/**
 * Reads bundle.arrow's bytes into columns (numbers stay views into `bytes`). Structural problems (a
 * missing table or column, a column of another type, several record batches) are returned in words.
 */
export function decodeArrowBundle(
  bytes: Uint8Array,
  options: { packStrings?: boolean } = {},
): { ok: true; decoded: DecodedArrowBundle } | { ok: false; problems: string[] } {
  const tables: Partial<Record<TableName, Record<string, unknown>>> = {};
  const strings: Record<string, PackedStrings> = {};
  let metadataJson: string | undefined = undefined;
  try {
    for (const reader of RecordBatchReader.readAll(bytes)) {
      const batches = [...reader];
      const name = reader.schema.metadata.get(TABLE_KEY) as TableName | undefined;
      if (!name || !(name in TABLE_SPECS)) continue;
      if (batches.length !== 1)
        return { ok: false, problems: [`${name}: ${batches.length} record batches, expected 1`] };
      metadataJson ??= reader.schema.metadata.get(METADATA_KEY);
      const found = readTable(name, batches[0]!, options.packStrings ? strings : null);
      if (typeof found === 'string') return { ok: false, problems: [found] };
      tables[name] = found;
    }
  } catch (error) {
    return { ok: false, problems: [`not a readable Arrow bundle: ${(error as Error).message}`] };
  }
  const missing = (Object.keys(TABLE_SPECS) as TableName[]).filter((name) => !tables[name]);
  if (missing.length || metadataJson === undefined)
    return {
      ok: false,
      problems: [`missing ${[...missing, ...(metadataJson === undefined ? ['metadata'] : [])].join(', ')}`],
    };
  const columns = tables as unknown as Omit<BundleColumns, 'metadata'>;
  return { ok: true, decoded: { metadataJson, columns, strings } };
}

/**
 * The metadata's JSON text from the head of bundle.arrow, as soon as the first stream's schema message
 * (which carries it) has arrived: the rest of the file is not needed. Undefined while the message is
 * incomplete; null when the head is not that of a bundle.arrow (the full decode then says why).
 */
export function leadingMetadataJson(head: Uint8Array): string | null | undefined {
  if (head.length < 8) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  // An IPC message: 0xFFFFFFFF, its metadata's length, the metadata. (Writers before Arrow 0.15 left out
  // the first word: such a file's metadata is read with the rest, as is anything else that is not this.)
  if (view.getInt32(0, true) !== -1) return null;
  const length = view.getInt32(4, true);
  const end = 8 + length;
  if (length <= 0) return null;
  if (head.length < end) return undefined;
  try {
    const reader = RecordBatchReader.from(head.subarray(0, end));
    reader.open();
    if (reader.schema.metadata.get(TABLE_KEY) !== 'events') return null;
    return reader.schema.metadata.get(METADATA_KEY) ?? null;
  } catch {
    return null;
  }
}

function readTable(
  name: TableName,
  batch: RecordBatch,
  strings: Record<string, PackedStrings> | null,
): Record<string, unknown> | string {
  const out: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(TABLE_SPECS[name] as TableSpec)) {
    const index = batch.schema.fields.findIndex((f) => f.name === column);
    if (index < 0) return `${name}: no column "${column}"`;
    try {
      const data = batch.data.children[index]!;
      out[column] = strings ? packedValue(`${name}.${column}`, kind, data, strings) : fromArrowData(kind, data);
    } catch (error) {
      return `${name}.${column}: ${(error as Error).message}`;
    }
  }
  return out;
}

/** A column's value with its string columns left empty and their packed buffers put in `strings` by path. */
function packedValue(path: string, kind: ColumnKind, data: Data, strings: Record<string, PackedStrings>): unknown {
  if (kind === 'utf8') {
    strings[path] = packedStringsOf(data as Data<Utf8>);
    return [];
  }
  if (typeof kind !== 'object' || !('records' in kind)) return fromArrowData(kind, data);
  const texts = Object.keys(kind.records).filter((field) => kind.records[field] === 'utf8');
  const numbers = Object.fromEntries(Object.entries(kind.records).filter(([, k]) => k !== 'utf8'));
  const value = fromArrowData({ records: numbers }, data) as Record<string, unknown>;
  const items = data.children[0]!;
  for (const field of texts) {
    const child = items.children[(items.type as Struct).children.findIndex((f) => f.name === field)];
    if (!child) throw new Error(`list of records without field "${field}"`);
    strings[`${path}.${field}`] = packedStringsOf(child as Data<Utf8>);
    value[field] = [];
  }
  return value;
}

/** Decoded columns with their validated metadata. */
export function withMetadata(decoded: DecodedArrowBundle, metadata: BundleMetadata): BundleColumns {
  return { metadata, ...decoded.columns };
}

/** Decodes bundle.arrow and validates it: the metadata by the zod schema, the columns by validateColumns. */
export function readArrowBundle(
  bytes: Uint8Array,
): { ok: true; columns: BundleColumns } | { ok: false; problems: string[] } {
  const decoded = decodeArrowBundle(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseMetadataJson(decoded.decoded.metadataJson);
  if (!parsed.ok) return parsed;
  const columns = withMetadata(decoded.decoded, parsed.metadata);
  const problems = validateColumns(columns);
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}
