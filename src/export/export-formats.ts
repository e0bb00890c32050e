import { EXPORT_COLUMNS, type ExportRow } from './export-rows.ts';
import type { ExportMeta } from './export-meta.ts';

/** Byte order mark: spreadsheet apps read the file as UTF-8 only with it. */
const BOM = '\uFEFF';

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before them) as a formula;
 * a leading apostrophe makes it text. Article text is third-party, so every text cell is defused.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | null | string[]): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = defuseFormula(Array.isArray(value) ? value.join('; ') : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A comment line a spreadsheet keeps in its first cell: no commas, quotes or line breaks (they would split
 * it into cells that could start with a formula character).
 */
function commentLine(key: string, value: string | number | null): string {
  const text = String(value ?? '').replace(/[\r\n\t]+/g, ' ').replace(/,/g, ';').replace(/"/g, "'");
  return `# ${key}: ${text}`;
}

/** The events as CSV: `#` lines naming the bundle and filters (pandas `comment='#'`), a header, one row per event. */
export function toCsv(rows: ExportRow[], meta: ExportMeta): string {
  const lines = [
    '# Parley events export',
    commentLine('bundle schema version', meta.bundleSchemaVersion),
    commentLine('bundle generated at', meta.bundleGeneratedAt ?? 'not recorded'),
    commentLine('bundle hash', meta.bundleHash),
    commentLine('filters', meta.filtersText),
    commentLine('filters query', meta.filtersQuery),
    commentLine('exported at', meta.exportedAt),
    commentLine('rows', meta.rowCount),
    EXPORT_COLUMNS.map((c) => c.header).join(','),
    ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c.key])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The events as JSON: `{ meta, events }`, keys as in the CSV header. */
export function toJson(rows: ExportRow[], meta: ExportMeta): string {
  const events = rows.map((row) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.header, row[c.key]])));
  return `${JSON.stringify({ meta, events }, null, 2)}\n`;
}
