import { csvParse } from 'd3-dsv';
import { type ArticleMetadata, emptyMetadata, type MetadataField, offer } from './article-metadata.ts';

/** The fields a scraper export may carry for an article. */
export type RecordField = MetadataField | 'text';

/**
 * Field names read from JSON lines, JSON and CSV exports, first found wins. They cover what common news
 * scrapers and datasets write (news-please, newspaper3k, Trafilatura, GDELT-style exports); `--field` adds
 * a name of the user's own in front.
 */
export const DEFAULT_FIELD_NAMES: Record<RecordField, string[]> = {
  text: ['text', 'body', 'maintext', 'content', 'article_text', 'full_text'],
  title: ['title', 'headline'],
  published: ['date', 'published', 'publish_date', 'date_publish', 'published_at', 'pubDate', 'datePublished'],
  outlet: ['source', 'outlet', 'domain', 'site_name', 'source_domain', 'publisher'],
  url: ['url', 'link', 'canonical_url', 'source_url'],
  author: ['author', 'authors', 'byline'],
};

/** One record of an export: its text (plain or HTML) and metadata. */
export type ExportRecord = { text: string; meta: ArticleMetadata };
export type RecordsReading = { records: ExportRecord[]; problems: string[] };

export type FieldNames = Partial<Record<RecordField, string>>;

/** Reads a .jsonl/.ndjson, .json (an array, or an object holding one) or .csv export. */
export function readRecords(text: string, kind: 'jsonl' | 'json' | 'csv', fields: FieldNames = {}): RecordsReading {
  const problems: string[] = [];
  const rows = kind === 'csv' ? csvParse(text) : kind === 'json' ? jsonRows(text, problems) : jsonLines(text, problems);
  const records: ExportRecord[] = [];
  let textless = 0;
  rows.forEach((row) => {
    const record = toRecord(row as Record<string, unknown>, fields, kind);
    if (record) records.push(record);
    else textless++;
  });
  if (textless > 0)
    problems.push(`${textless} record(s) have no article text (looked for: ${namesFor('text', fields).join(', ')})`);
  return { records, problems };
}

function jsonLines(text: string, problems: string[]): unknown[] {
  const rows: unknown[] = [];
  const lines = text.split('\n');
  const last = lines.findLastIndex((line) => line.trim().length > 0);
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    try {
      rows.push(JSON.parse(line));
    } catch {
      const cut = i > 0 && i === last ? ' (the file may be truncated)' : '';
      problems.push(`line ${i + 1} is not valid JSON${cut}: skipped`);
    }
  });
  return rows;
}

function jsonRows(text: string, problems: string[]): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push(`not valid JSON (${(error as Error).message}); if it is one record per line, name it .jsonl`);
    return [];
  }
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object') {
    const list = Object.values(parsed).find(Array.isArray);
    return list ?? [parsed];
  }
  return [];
}

function namesFor(field: RecordField, fields: FieldNames): string[] {
  const own = fields[field];
  return own ? [own, ...DEFAULT_FIELD_NAMES[field]] : DEFAULT_FIELD_NAMES[field];
}

function toRecord(row: Record<string, unknown>, fields: FieldNames, kind: string): ExportRecord | null {
  if (!row || typeof row !== 'object') return null;
  const pick = (field: RecordField): [string, string] | null => {
    for (const name of namesFor(field, fields)) {
      const value = valueText(row[name]);
      if (value) return [name, value];
    }
    return null;
  };
  const text = pick('text');
  if (!text) return null;
  const meta = emptyMetadata();
  const label = kind === 'csv' ? 'CSV column' : 'JSON field';
  for (const field of ['title', 'published', 'outlet', 'url', 'author'] as const) {
    const found = pick(field);
    if (found) offer(meta, field, found[1], `${label} ${found[0]}`);
  }
  return { text: text[1], meta };
}

/** A field's text: a string, a number, a list of names ("authors"), or {name} objects. */
function valueText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return valueText((v as { name: unknown }).name);
  return null;
}
