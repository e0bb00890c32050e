import { READABLE_EXTENSIONS } from './ingest/input-kind.ts';
import { DEFAULT_MAX_INPUT_BYTES } from './ingest/read-corpus.ts';
import { DEFAULT_FIELD_NAMES, type FieldNames, type RecordField } from './ingest/records.ts';
import { defaultWorkerCount, parseWorkerCount } from './parallel/worker-count.ts';

export const USAGE = `Usage: npm run extract -- [--input DIR] [--output FILE] [--data DIR] [--workers N] [--field F=NAME] [--max-input-mb N] [--parquet DIR] [--strict] [--quiet]
       npm run extract -- --queue redis://HOST:PORT [--batch N] [same options]
       npm run extract -- [--input DIR] --split --dictionaries FILE > articles.jsonl
       npm run extract -- --map [--dictionaries FILE] < articles.jsonl > extracted.jsonl
       npm run extract -- --reduce [--dictionaries FILE] [--output FILE] [--parquet DIR] < extracted.jsonl
  --input DIR    folder of articles (default: data/articles): ${READABLE_EXTENSIONS}, mixed freely, with
                 an optional manifest.json; repeat it to build one bundle from several folders (article ids
                 must be unique across them)
  --field F=NAME read JSON and CSV exports' field F (text, title, published, outlet, url, author) from the
                 column NAME, before the common names (repeatable; e.g. --field text=article_body)
  --max-input-mb N  refuse inputs larger than N MB (default ${DEFAULT_MAX_INPUT_BYTES / 1048576})
  --output FILE  where the bundle is written (default: public/data/bundle.json)
  --data DIR     folder with gazetteer/ and lexicon/ dictionaries (default: data)
  --workers N    extract on N threads: this one and N-1 workers; 1 starts no worker (default: one per core,
                 here ${defaultWorkerCount()}; a corpus under about 1 MB of text stays on this thread, too small to
                 repay starting workers); the bundle is byte-identical whatever N is
  --parquet DIR  also write the events as Parquet, a folder per month (DIR/month=YYYY-MM/part-0.parquet)
  --queue URL    extract on the workers of a Redis queue (\`npm run worker -- --queue URL\`), reduce here
  --batch N      with --queue: articles per job (default 1)
  --split        write the read corpus to standard output as article lines, for --map (needs --dictionaries)
  --dictionaries FILE  with --split: where to write the dictionaries as one file; with --map and --reduce:
                 the file to read them from (default: compiled from --data, without corpus folders' own)
  --map          article lines on standard input -> extracted lines on standard output
  --reduce       extracted lines (any order, any number of shards) on standard input -> the bundle
  --strict       exit non-zero when any file or manifest entry is skipped
  --quiet        no progress lines
See docs/scale.md for the queue and the JSON-lines route.`;

/** Where the articles are extracted: here (threads), on a queue, or one step of the JSON-lines route. */
export type Route = 'local' | 'queue' | 'split' | 'map' | 'reduce';

export type Options = {
  route: Route;
  inputs: string[];
  fields: FieldNames;
  maxInputBytes: number;
  output: string;
  data: string;
  workers: number | null;
  queue: string | null;
  batch: number;
  dictionaries: string | null;
  parquet: string | null;
  strict: boolean;
  quiet: boolean;
};

const VALUE_FLAGS = new Set([
  '--input',
  '--output',
  '--data',
  '--workers',
  '--field',
  '--max-input-mb',
  '--queue',
  '--batch',
  '--dictionaries',
  '--parquet',
]);
const ROUTE_FLAGS: Record<string, Route> = { '--split': 'split', '--map': 'map', '--reduce': 'reduce' };

/** Parses command-line arguments; returns a usage message for anything it does not understand. */
export function parseArgs(argv: string[]): Options | { error: string } {
  const options: Options = {
    route: 'local',
    inputs: [],
    fields: {},
    maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    output: 'public/data/bundle.json',
    data: 'data',
    workers: null,
    queue: null,
    batch: 1,
    dictionaries: null,
    parquet: null,
    strict: false,
    quiet: false,
  };
  const routes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg in ROUTE_FLAGS) routes.push(arg);
    else if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value\n${USAGE}` };
      const problem = setValue(options, arg, value);
      if (problem) return { error: `${problem}\n${USAGE}` };
      if (arg === '--queue') routes.push(arg);
    } else return { error: `unknown argument "${arg}"\n${USAGE}` };
  }
  if (routes.length > 1) return { error: `${routes.join(' and ')} cannot be used together\n${USAGE}` };
  options.route = routes[0] === '--queue' ? 'queue' : (ROUTE_FLAGS[routes[0] ?? ''] ?? 'local');
  if (options.parquet && (options.route === 'split' || options.route === 'map'))
    return { error: `--parquet goes with the step that writes the bundle, not with --${options.route}\n${USAGE}` };
  if (options.route === 'split' && !options.dictionaries)
    return { error: `--split needs --dictionaries FILE: the map must use the same dictionaries\n${USAGE}` };
  if (options.inputs.length === 0) options.inputs.push('data/articles');
  return options;
}

/** Sets one option from a flag and its value; returns what is wrong with the value, if anything. */
function setValue(options: Options, flag: string, value: string): string | null {
  switch (flag) {
    case '--field': {
      const [field, name] = value.split('=', 2) as [string, string | undefined];
      if (!name || !(field in DEFAULT_FIELD_NAMES))
        return `--field needs FIELD=NAME with FIELD one of ${Object.keys(DEFAULT_FIELD_NAMES).join(', ')} (got "${value}")`;
      options.fields[field as RecordField] = name;
      return null;
    }
    case '--max-input-mb': {
      const megabytes = Number(value);
      if (!(megabytes > 0)) return `--max-input-mb needs a positive number (got "${value}")`;
      options.maxInputBytes = megabytes * 1048576;
      return null;
    }
    case '--workers': {
      const workers = parseWorkerCount(value);
      if (workers === null) return `--workers needs a whole number of threads, 1 or more (got "${value}")`;
      options.workers = workers;
      return null;
    }
    case '--batch': {
      const batch = Number(value);
      if (!Number.isInteger(batch) || batch < 1)
        return `--batch needs a whole number of articles, 1 or more (got "${value}")`;
      options.batch = batch;
      return null;
    }
    case '--input':
      options.inputs.push(value);
      return null;
    default:
      options[flag.slice(2) as 'output' | 'data' | 'queue' | 'dictionaries' | 'parquet'] = value;
      return null;
  }
}
