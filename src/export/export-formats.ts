import { EXPORT_COLUMNS, type ExportRow } from './export-rows.ts';
import type { ExportMeta } from './export-meta.ts';

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before them) as a formula;
 * a leading apostrophe makes it text. Article text is third-party, so every text cell is defused.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null | string[]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = defuseFormula(Array.isArray(value) ? value.join('; ') : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The events as CSV (RFC 4180, UTF-8, CRLF): the header on line 1, one row per event. Nothing before the
 * header (no byte order mark, no comment lines): data-frame readers and spreadsheets take those for data.
 * What the file is (bundle, filters, counts) goes in its sidecar JSON (csv-sidecar.ts).
 */
export function toCsv(rows: ExportRow[]): string {
  const lines = [
    EXPORT_COLUMNS.map((c) => c.header).join(','),
    ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c.key])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The events as JSON: `{ meta, events }`, keys as in the CSV header. */
export function toJson(rows: ExportRow[], meta: ExportMeta): string {
  const events = rows.map((row) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.header, row[c.key]])));
  return `${JSON.stringify({ meta, events }, null, 2)}\n`;
}
