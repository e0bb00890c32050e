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
import { TABLE_SPECS, type TableName, type TableSpec } from './column-spec.ts';
import { arrowTypeOf, fromArrowData, type PackedStrings, packedStringsOf, toArrowData } from './arrow-columns.ts';
import { parseBundleMetadata } from './metadata-schema.ts';
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

/** Decoded but not yet validated: the metadata as parsed JSON, the tables in the layout's shape. */
export type DecodedArrowBundle = { metadata: unknown; columns: Omit<BundleColumns, 'metadata'> };

/**
 * Reads bundle.arrow's bytes into columns (numbers stay views into `bytes`). Structural problems (a
 * missing table or column, a column of another type, several record batches) are returned in words.
 */
export function decodeArrowBundle(
  bytes: Uint8Array,
): { ok: true; decoded: DecodedArrowBundle } | { ok: false; problems: string[] } {
  const tables: Partial<Record<TableName, Record<string, unknown>>> = {};
  let metadata: unknown = undefined;
  try {
    for (const reader of RecordBatchReader.readAll(bytes)) {
      const batches = [...reader];
      const name = reader.schema.metadata.get(TABLE_KEY) as TableName | undefined;
      if (!name || !(name in TABLE_SPECS)) continue;
      if (batches.length !== 1)
        return { ok: false, problems: [`${name}: ${batches.length} record batches, expected 1`] };
      const json = reader.schema.metadata.get(METADATA_KEY);
      if (json !== undefined) metadata = JSON.parse(json);
      const found = readTable(name, batches[0]!);
      if (typeof found === 'string') return { ok: false, problems: [found] };
      tables[name] = found;
    }
  } catch (error) {
    return { ok: false, problems: [`not a readable Arrow bundle: ${(error as Error).message}`] };
  }
  const missing = (Object.keys(TABLE_SPECS) as TableName[]).filter((name) => !tables[name]);
  if (missing.length || metadata === undefined)
    return {
      ok: false,
      problems: [`missing ${[...missing, ...(metadata === undefined ? ['metadata'] : [])].join(', ')}`],
    };
  const columns = tables as unknown as Omit<BundleColumns, 'metadata'>;
  return { ok: true, decoded: { metadata, columns } };
}

function readTable(name: TableName, batch: RecordBatch): Record<string, unknown> | string {
  const out: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(TABLE_SPECS[name] as TableSpec)) {
    const index = batch.schema.fields.findIndex((f) => f.name === column);
    if (index < 0) return `${name}: no column "${column}"`;
    try {
      out[column] = fromArrowData(kind, batch.data.children[index]!);
    } catch (error) {
      return `${name}.${column}: ${(error as Error).message}`;
    }
  }
  return out;
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
  const parsed = parseBundleMetadata(decoded.decoded.metadata);
  if (!parsed.ok) return parsed;
  const columns = withMetadata(decoded.decoded, parsed.metadata);
  const problems = validateColumns(columns);
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}

/**
 * Every nullable string column of bundle.arrow ('utf8' kind, also inside lists of records) as its packed
 * buffers, by path ("events.id", "events.actorSpans.text"): views into `bytes`, for the worker to hand over
 * instead of the decoded strings. Only headers are read again; call it on a file readArrowBundle accepted.
 */
export function packedStringColumns(bytes: Uint8Array): Record<string, PackedStrings> {
  const out: Record<string, PackedStrings> = {};
  for (const reader of RecordBatchReader.readAll(bytes)) {
    const batches = [...reader];
    const name = reader.schema.metadata.get(TABLE_KEY) as TableName | undefined;
    if (!name || !(name in TABLE_SPECS) || batches.length !== 1) continue;
    const childOf = (data: Data, field: string) =>
      data.children[(data.type as Struct).children.findIndex((f) => f.name === field)]!;
    for (const [column, kind] of Object.entries(TABLE_SPECS[name] as TableSpec)) {
      const data = childOf(batches[0]!.data, column);
      if (kind === 'utf8') out[`${name}.${column}`] = packedStringsOf(data as Data<Utf8>);
      if (typeof kind !== 'object' || !('records' in kind)) continue;
      for (const [field, k] of Object.entries(kind.records))
        if (k === 'utf8')
          out[`${name}.${column}.${field}`] = packedStringsOf(childOf(data.children[0]!, field) as Data<Utf8>);
    }
  }
  return out;
}
