import type { ExportMeta } from './export-meta.ts';
import { EXPORT_COLUMNS, type ExportRow } from './export-rows.ts';

/** What a CSV export is, saved beside it as JSON: the CSV itself holds only its header and rows. */
export type CsvSidecar = ExportMeta & {
  /** File name of the CSV this describes. */
  describes: string;
  counts: { rows: number; dateNotStated: number; fiction: number };
  columns: { name: string; description: string }[];
  notes: { dates: string; fiction: string; licence: string };
};

/** "parley-events-all-2026-11-23.csv" → "parley-events-all-2026-11-23.csv-meta.json": sorted next to its CSV. */
export function sidecarFileName(csvFileName: string): string {
  return `${csvFileName}-meta.json`;
}

const DATES_NOTE =
  'An event whose article states no date has an empty date and date_precision "unknown"; its article\'s publication date is in published. Coarser dates (week, month, year) give the first day of the period.';

const LICENCE_NOTE =
  "The evidence sentences, triggers and titles are quoted from the articles for checking the events; their copyright stays with the outlets (see article_url). The events, ids and other columns are Parley's reading of the articles.";

/** The fiction note: how many rows come from fictional articles, if any. */
function fictionNote(fiction: number): string {
  if (fiction === 0) return 'No row comes from a fictional article: every row is read from a real news article.';
  return `${fiction} row${fiction === 1 ? '' : 's'} (fiction = true) come from fiction written for Parley's tests (the demo corpus): invented states, people and events, not reporting.`;
}

/** The sidecar of a CSV export: its meta, counts, one description per column, and notes on dates, fiction and licence. */
export function buildCsvSidecar(rows: ExportRow[], meta: ExportMeta, csvFileName: string): CsvSidecar {
  const fiction = rows.filter((r) => r.fiction).length;
  return {
    describes: csvFileName,
    ...meta,
    counts: { rows: rows.length, dateNotStated: rows.filter((r) => r.date === null).length, fiction },
    columns: EXPORT_COLUMNS.map((c) => ({ name: c.header, description: c.description })),
    notes: { dates: DATES_NOTE, fiction: fictionNote(fiction), licence: LICENCE_NOTE },
  };
}
