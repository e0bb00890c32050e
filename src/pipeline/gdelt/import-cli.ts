import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBundleAtomically } from '../bundle/write-bundle.ts';
import { buildGdeltBundle, type GdeltExport, type GdeltImportReport } from './build-gdelt-bundle.ts';
import { loadGdeltResources } from './gdelt-resources.ts';

const USAGE = `Usage: npm run import:gdelt -- FILE_OR_DIR... [--output FILE] [--data DIR] [--optional]
  FILE_OR_DIR  GDELT 2.0 event exports (tab-separated, 61 columns, no header), or folders holding them
               (every *.export.CSV / *.csv file in them)
  --output FILE  where the bundle is written (default: public/data/bundle-gdelt.json)
  --data DIR     folder with the gazetteer and tables (default: data)
  --optional     a missing input folder is skipped with one line instead of an error (for npm run build)`;

type Options = { inputs: string[]; output: string; data: string; optional: boolean };

/** Parses the command line; returns the usage text for anything it does not understand. */
export function parseImportArgs(argv: string[]): Options | { error: string } {
  const options: Options = { inputs: [], output: 'public/data/bundle-gdelt.json', data: 'data', optional: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--optional') options.optional = true;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg === '--output' || arg === '--data') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value\n${USAGE}` };
      options[arg === '--output' ? 'output' : 'data'] = value;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}\n${USAGE}` };
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return { error: `name at least one export file or folder\n${USAGE}` };
  return options;
}

/** The export files a path names: the file itself, or a folder's CSV files in name order. */
export function exportFilesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.csv$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** One line per measure, and the skipped rows by reason. */
export function formatImportReport(
  report: GdeltImportReport,
  output: string,
  seconds: number,
  bytes: number,
): string[] {
  const lines = [
    `GDELT import: ${report.files} files, ${report.rows.toLocaleString('en')} rows -> ${report.events.toLocaleString('en')} events, ` +
      `${report.clusters.toLocaleString('en')} clusters (${report.multiOutletClusters.toLocaleString('en')} told by 2+ outlets), ` +
      `${report.actors.toLocaleString('en')} actors, ${report.outlets.toLocaleString('en')} outlets, ${report.articles.toLocaleString('en')} articles, ${report.places.toLocaleString('en')} places`,
    `wrote ${output} (${(bytes / 1048576).toFixed(1)} MB) in ${seconds.toFixed(1)} s`,
  ];
  for (const [reason, count] of report.skipped) lines.push(`skipped ${String(count).padStart(6)}  ${reason}`);
  if (report.malformed.length > 0)
    lines.push(
      `malformed rows: ${report.malformed.length} (first: ${report.malformed[0]!.file} line ${report.malformed[0]!.line}: ${report.malformed[0]!.reason})`,
    );
  return lines;
}

function main(): void {
  const started = performance.now();
  const options = parseImportArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exit(2);
  }
  const missing = options.inputs.filter((input) => !existsSync(input));
  if (missing.length > 0 && options.optional) {
    console.log(`GDELT import skipped: ${missing.join(', ')} not found (the dashboard's ?corpus=gdelt needs it)`);
    return;
  }
  if (missing.length > 0) {
    console.error(`not found: ${missing.join(', ')}`);
    process.exit(1);
  }
  const files = options.inputs.flatMap(exportFilesOf);
  const exports: GdeltExport[] = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const { bundle, report } = buildGdeltBundle(exports, loadGdeltResources(resolve(options.data)));
  writeBundleAtomically(options.output, bundle);
  const seconds = (performance.now() - started) / 1000;
  for (const line of formatImportReport(report, options.output, seconds, statSync(options.output).size))
    console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
