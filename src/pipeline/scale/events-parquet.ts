import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { type Bundle, type DiplomaticEvent, QUAD_OF_TYPE } from '../../model/bundle-schema.ts';

// The bundle's events as Parquet, one folder per month in Hive's layout (month=YYYY-MM/part-0.parquet), for
// engines that read such folders as one table (DuckDB's read_parquet with hive_partitioning, Spark,
// BigQuery external tables). Written with hyparquet-writer: plain JavaScript, so every machine that runs the
// pipeline can write it without a native module, and the files depend only on the events (no clock, no
// host), so the same bundle gives the same bytes.

/** The partition of events with no date at all (Hive's own name for a missing partition value). */
export const NO_MONTH = '__HIVE_DEFAULT_PARTITION__';

/** An event's partition: the month of its date (a date not stated in the text is its article's publication day). */
export function monthOf(event: Pick<DiplomaticEvent, 'date'>): string {
  return event.date ? event.date.slice(0, 7) : NO_MONTH;
}

type Row = { event: DiplomaticEvent; outletId: string; published: string | null; fiction: boolean };

const STRING = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;

/**
 * Replaces `dir` with the events of the bundle, a folder per month, rows sorted by event id. A `dir` holding
 * anything but month folders is refused rather than emptied.
 */
export function writeEventsParquet(dir: string, bundle: Bundle): { files: number; rows: number } {
  refuseForeignFolder(dir);
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const byMonth = new Map<string, Row[]>();
  for (const event of bundle.events) {
    const article = articles.get(event.articleId);
    if (!article) throw new Error(`event ${event.id} names an article the bundle lacks: ${event.articleId}`);
    const rows = byMonth.get(monthOf(event)) ?? [];
    rows.push({ event, outletId: article.outletId, published: article.published, fiction: article.fiction });
    byMonth.set(monthOf(event), rows);
  }
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [month, rows] of byMonth) {
    mkdirSync(join(staging, `month=${month}`), { recursive: true });
    writeFileSync(join(staging, `month=${month}`, 'part-0.parquet'), new Uint8Array(eventsParquet(rows)));
  }
  mkdirSync(staging, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(staging, dir);
  return { files: byMonth.size, rows: bundle.events.length };
}

/** One month's rows as a Parquet file; the columns are documented in docs/scale.md. */
function eventsParquet(rows: Row[]): ArrayBuffer {
  rows.sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const columns: { name: string; data: unknown[]; schema: object[] }[] = [
    string(
      'id',
      rows.map((r) => r.event.id),
      true,
    ),
    string(
      'article_id',
      rows.map((r) => r.event.articleId),
      true,
    ),
    string(
      'cluster_id',
      rows.map((r) => r.event.clusterId),
      true,
    ),
    string(
      'outlet_id',
      rows.map((r) => r.outletId),
      true,
    ),
    date(
      'published',
      rows.map((r) => day(r.published)),
    ),
    date(
      'date',
      rows.map((r) => day(r.event.date)),
    ),
    string(
      'date_precision',
      rows.map((r) => r.event.datePrecision),
      true,
    ),
    string(
      'type',
      rows.map((r) => r.event.type),
      true,
    ),
    string(
      'quad_class',
      rows.map((r) => QUAD_OF_TYPE[r.event.type]),
      true,
    ),
    string(
      'mode',
      rows.map((r) => r.event.mode),
      false,
    ),
    string(
      'modality',
      rows.map((r) => r.event.modality),
      true,
    ),
    stringList(
      'source',
      rows.map((r) => r.event.source),
    ),
    stringList(
      'target',
      rows.map((r) => r.event.target),
    ),
    string(
      'location',
      rows.map((r) => r.event.location),
      false,
    ),
    double(
      'confidence',
      rows.map((r) => r.event.confidence),
    ),
    double(
      'tone',
      rows.map((r) => r.event.tone.score),
    ),
    string(
      'trigger',
      rows.map((r) => r.event.trigger.text),
      true,
    ),
    string(
      'evidence',
      rows.map((r) => r.event.evidence.text),
      true,
    ),
    { name: 'fiction', data: rows.map((r) => r.fiction), schema: [leaf('fiction', 'BOOLEAN', true)] },
  ];
  return parquetWriteBuffer({
    columnData: columns.map(({ name, data }) => ({ name, data })),
    schema: [{ name: 'root', num_children: columns.length }, ...columns.flatMap((c) => c.schema)],
    createdBy: 'parley',
  } as Parameters<typeof parquetWriteBuffer>[0]);
}

function leaf(name: string, type: string, required: boolean, extra: object = {}): object {
  return { name, type, repetition_type: required ? 'REQUIRED' : 'OPTIONAL', ...extra };
}

function string(name: string, data: (string | null)[], required: boolean) {
  return { name, data, schema: [leaf(name, STRING.type, required, { converted_type: STRING.converted_type })] };
}

function date(name: string, data: (Date | null)[]) {
  return { name, data, schema: [leaf(name, 'INT32', false, { converted_type: 'DATE' })] };
}

function double(name: string, data: number[]) {
  return { name, data, schema: [leaf(name, 'DOUBLE', true)] };
}

/** A list of strings in Parquet's three-level LIST layout, which every reader understands. */
function stringList(name: string, data: string[][]) {
  return {
    name,
    data,
    schema: [
      { name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', ...STRING, repetition_type: 'REQUIRED' },
    ],
  };
}

function refuseForeignFolder(dir: string): void {
  if (!existsSync(dir)) return;
  const foreign = readdirSync(dir).filter((name) => !name.startsWith('month='));
  if (foreign.length > 0)
    throw new Error(
      `--parquet ${basename(dir)}: the folder holds ${foreign.slice(0, 3).join(', ')}, not only month folders; not replacing it`,
    );
}
