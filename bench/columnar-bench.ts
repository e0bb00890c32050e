import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { parquetRead } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { decodeArrowBundle, readArrowBundle } from '../src/model/columns/arrow-bundle.ts';
import { parseMetadataJson } from '../src/model/columns/metadata-schema.ts';
import { fromWire } from '../src/model/columns/wire-strings.ts';
import { buildIndexArrays } from '../src/selectors/index-arrays.ts';
import { columnsToBundle } from '../src/model/columns/bundle-columns.ts';
import type { BundleColumns } from '../src/model/columns/column-layout.ts';
import { NO_CODE } from '../src/model/columns/column-layout.ts';
import { type ColumnKind, TABLE_SPECS, type TableName } from '../src/model/columns/column-spec.ts';
import { validateColumns } from '../src/model/columns/validate-columns.ts';
import { allStrings, type Utf8Column, utf8Column } from '../src/model/columns/utf8-column.ts';
import { transferablesOf } from '../src/data/bundle-worker-messages.ts';
import { median, spreadText } from './scale/quantiles.ts';

// Storage of the columnar bundle, Arrow IPC against Parquet, on the synthetic bundles (bench/generate-bundle.ts
// --format arrow): size (raw and gzipped, as a server sends it) and the time to decode each into the column
// layout; then what handing 100,000 events from a worker to the page costs as objects and as transferred
// typed arrays (Node's structuredClone is the serialiser postMessage uses). Each timing runs RUNS times and
// prints the median and the spread (min-max).
//
//   NODE_OPTIONS=--max-old-space-size=12000 npx tsx bench/columnar-bench.ts [bench/out/bundle-100k.arrow ...]
//   PARQUET=0 leaves Parquet out (writing a million events' Parquet takes minutes).

const RUNS = Number(process.env.RUNS ?? 5);
const MB = 1024 * 1024;
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['bench/out/bundle-100k.arrow', 'bench/out/bundle-1000k.arrow'];

/** Median and spread of the runs' times, as every figure of this bench prints them. */
function medianLine(times: number[]): string {
  return `median ${median(times).toFixed(0)} ms (${spreadText(times, (v) => v.toFixed(0))}, n=${times.length})`;
}

function timed<T>(run: () => T): { result: T; line: string } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = run();
    times.push(performance.now() - t);
  }
  return { result, line: medianLine(times) };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ result: T; line: string }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = await run();
    times.push(performance.now() - t);
  }
  return { result, line: medianLine(times) };
}

const size = (bytes: number) => `${(bytes / MB).toFixed(1)} MiB`;
const gzipped = (bytes: Uint8Array) => size(gzipSync(bytes, { level: 6 }).length);

/** A table of the layout as Parquet columns: numbers and strings as they are, dictionaries as their strings, lists nested. */
function parquetColumns(table: Record<string, unknown>, rows: number) {
  return Object.entries(TABLE_SPECS_OF(table)).map(([name, kind]) => ({
    name,
    data: parquetData(kind, table[name], rows),
  }));
}
const TABLE_SPECS_OF = (table: Record<string, unknown>) =>
  Object.values(TABLE_SPECS).find((spec) => Object.keys(spec).every((k) => k in table))!;

function parquetData(kind: ColumnKind, value: unknown, rows: number): unknown[] {
  if (kind === 'dict') {
    const { codes, values } = value as { codes: Int32Array; values: string[] };
    return Array.from(codes, (c) => (c === NO_CODE ? null : values[c]!));
  }
  if (kind === 'text') return allStrings(value as Utf8Column);
  if (typeof kind === 'string') return Array.from(value as ArrayLike<unknown>);
  const list = value as Record<string, ArrayLike<unknown>> & { offsets: Int32Array };
  const fields = 'list' in kind ? null : Object.keys(kind.records);
  return Array.from({ length: rows }, (_, i) => {
    const items: unknown[] = [];
    for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++)
      items.push(fields ? Object.fromEntries(fields.map((f) => [f, list[f]![k]])) : list.values![k]);
    return items;
  });
}

/** A Parquet table back into the layout's shape: lists to offsets+values, strings of a dictionary column to codes. */
function fromParquet(kind: ColumnKind, data: ArrayLike<unknown>): unknown {
  if (kind === 'dict') {
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(data as (string | null)[], (s) =>
      s === null ? NO_CODE : (codeOf.get(s) ?? codeOf.set(s, codeOf.size).get(s)!),
    );
    return { codes, values: [...codeOf.keys()] };
  }
  if (kind === 'utf8') return Array.from(data);
  if (kind === 'text') return utf8Column(Array.from(data as ArrayLike<string>));
  if (typeof kind === 'string')
    return { u8: Uint8Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array }[kind].from(
      data as ArrayLike<number>,
    );
  const rows = data as unknown[][];
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.length));
  const items = rows.flat();
  if ('list' in kind)
    return { offsets, values: (kind.list === 'u8' ? Uint8Array : Uint32Array).from(items as number[]) };
  const fields = Object.entries(kind.records).map(([f, k]) => [
    f,
    fromParquet(
      k,
      items.map((x) => (x as Record<string, unknown>)[f] ?? null),
    ),
  ]);
  return { offsets, ...Object.fromEntries(fields) };
}

async function readParquetTable(name: TableName, file: ArrayBuffer): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const chunks = new Map<string, unknown[]>();
  await parquetRead({
    file,
    onChunk: (c) =>
      chunks.set(c.columnName, [
        ...(chunks.get(c.columnName) ?? []),
        ...Array.from(c.columnData as ArrayLike<unknown>),
      ]),
  });
  for (const [column, kind] of Object.entries(TABLE_SPECS[name]))
    out[column] = fromParquet(kind, chunks.get(column) ?? []);
  return out;
}

async function benchFile(path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const read = readArrowBundle(bytes);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const columns = read.columns;
  const events = columns.events.id.length;
  console.log(
    `\n${path}: ${events.toLocaleString('en')} events, ${columns.metadata.articles.length.toLocaleString('en')} articles, ${columns.clusters.id.length.toLocaleString('en')} clusters`,
  );
  console.log(`Arrow IPC: ${size(bytes.length)}, gzip ${gzipped(bytes)}`);
  console.log(`  decode to columns     ${timed(() => decodeArrowBundle(bytes)).line}`);
  console.log(`  decode and validate   ${timed(() => readArrowBundle(bytes)).line}`);
  console.log(`  validateColumns alone ${timed(() => validateColumns(columns)).line}`);
  measureHandOver(bytes, columns);
  if (process.env.PARQUET === '0') return;
  const names = Object.keys(TABLE_SPECS) as TableName[];
  const t = performance.now();
  const parquet = names.map((name) => {
    const table = columns[name] as unknown as Record<string, unknown>;
    const kv = name === 'events' ? [{ key: 'parley.metadata', value: JSON.stringify(columns.metadata) }] : [];
    return new Uint8Array(
      parquetWriteBuffer({ columnData: parquetColumns(table, (table.id as string[]).length) as never, kvMetadata: kv }),
    );
  });
  const written = performance.now() - t;
  const parquetBytes = parquet.reduce((s, p) => s + p.length, 0);
  console.log(
    `Parquet (hyparquet-writer, snappy): ${size(parquetBytes)}, gzip ${size(parquet.reduce((s, p) => s + gzipSync(p, { level: 6 }).length, 0))}; written in ${written.toFixed(0)} ms`,
  );
  const decodeParquet = async () =>
    Promise.all(names.map((name, i) => readParquetTable(name, parquet[i]!.slice().buffer)));
  console.log(`  decode to columns     ${(await timedAsync(decodeParquet)).line}`);
}

/**
 * The load's route as the dashboard runs it (data/bundle-worker.ts, data/columnar-bundle.ts), stage by stage:
 * in the worker, decoding with the string columns left packed, parsing and checking the metadata and checking
 * the columns on their bytes, building the index arrays; the hand-over (the metadata as its JSON text's bytes,
 * the tables and index arrays transferred: `structuredClone` with a transfer list is postMessage's
 * serialiser); on the page, parsing the metadata and decoding the string columns. Beside it what the route
 * before replaced: the metadata as objects through a structured clone, and (up to 200,000 events) the events
 * as objects.
 */
function measureHandOver(bytes: Uint8Array, columns: BundleColumns): void {
  const events = columns.events.evidenceStart.length;
  const decodePacked = (file: Uint8Array) => {
    const decoded = decodeArrowBundle(file, { packStrings: true });
    if (!decoded.ok) throw new Error(decoded.problems.join('\n'));
    return decoded.decoded;
  };
  console.log(`Load route, ${events.toLocaleString('en')} events:`);
  // Each run decodes its own copy of the file (a transfer detaches it), copied before the clock starts.
  const copies = (): Uint8Array[] => Array.from({ length: RUNS }, () => bytes.slice());
  const files = copies();
  let run = 0;
  const packed = timed(() => decodePacked(files[run++]!));
  console.log(`  worker: decode, strings packed       ${packed.line}`);
  const metadata = timed(() => parseMetadataJson(packed.result.metadataJson));
  if (!metadata.result.ok) throw new Error(metadata.result.problems.join('\n'));
  const meta = metadata.result.metadata;
  console.log(`  worker: metadata JSON.parse and zod  ${metadata.line}`);
  const withMeta = { metadata: meta, ...packed.result.columns };
  console.log(
    `  worker: validateColumns on bytes     ${timed(() => validateColumns(withMeta, packed.result.strings)).line}`,
  );
  const arrays = timed(() => buildIndexArrays(withMeta));
  console.log(`  worker: index arrays                 ${arrays.line}`);
  const encoded = timed(() => new TextEncoder().encode(packed.result.metadataJson));
  const metadataSize = size(encoded.result.length);
  console.log(`  worker: metadata text to bytes       ${encoded.line}`);
  const messages = copies().map((file) => {
    const d = decodePacked(file);
    const metadataBytes = new TextEncoder().encode(d.metadataJson);
    return { metadataBytes, wire: { tables: d.columns, strings: d.strings }, arrays: structuredClone(arrays.result) };
  });
  run = 0;
  const received: (typeof messages)[number][] = [];
  const handOver = timed(() => {
    const m = messages[run++]!;
    const transfer = [m.metadataBytes.buffer, ...transferablesOf(m.wire), ...transferablesOf(m.arrays)];
    received.push(structuredClone(m, { transfer }));
  });
  console.log(
    `  hand-over, transferred               ${handOver.line}; moved, not copied: the file, the index arrays and ${metadataSize} of metadata text`,
  );
  run = 0;
  const parsed = timed(
    () => JSON.parse(new TextDecoder().decode(received[run++]!.metadataBytes)) as BundleColumns['metadata'],
  );
  console.log(`  page: metadata decoded and parsed    ${parsed.line} (while the worker fetches and decodes)`);
  run = 0;
  const strings = timed(() => fromWire(received[run++]!.wire, parsed.result));
  console.log(`  page: string columns decoded         ${strings.line}`);
  console.log('Before: the metadata as objects');
  const clone = timed(() => structuredClone(meta));
  console.log(`  structuredClone of the metadata      ${clone.line}, ${size(serialize(meta).length)} serialised`);
  if (events > 200_000) return;
  const materialised = timed(() => columnsToBundle(columns));
  const objects = materialised.result.events;
  console.log(`  events as objects                    ${timed(() => structuredClone(objects)).line}`);
  console.log(`  page: Bundle objects from columns    ${materialised.line}`);
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, ${new Date().toISOString()}`,
);
for (const file of files) {
  if (!existsSync(resolve(file)))
    console.log(`\n${file}: missing (npm run bench:generate -- --events N --format arrow)`);
  else await benchFile(resolve(file));
}
