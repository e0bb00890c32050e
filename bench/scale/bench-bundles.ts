import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { type Bundle, parseBundle } from '../../src/model/bundle-schema.ts';
import { readArrowBundle } from '../../src/model/columns/arrow-bundle.ts';
import { columnsToBundle } from '../../src/model/columns/bundle-columns.ts';
import { arrowPathOf, bundleBaseName } from '../../src/model/columns/bundle-files.ts';

const root = resolve(import.meta.dirname, '../..');

/** A bundle a bench serves and reads: its JSON and its columnar file (with text shards beside it), either may be absent. */
export type BenchBundle = { label: string; json: string | null; arrow: string | null };

/** Actors and outlets of a synthetic bundle of n events: 2,000 and 50 at 100,000, growing with n beyond. */
export function syntheticShape(events: number): { events: number; actors: number; outlets: number } {
  return { events, actors: Math.max(2000, Math.round(events / 50)), outlets: Math.max(50, Math.round(events / 5000)) };
}

/** The generator's own name for n events ("bundle-100k"), under bench/out/. */
export function syntheticBase(events: number): string {
  return resolve(root, `bench/out/bundle-${events >= 1000 ? `${Math.round(events / 1000)}k` : events}`);
}

/**
 * The synthetic bundle of n events as columns (bench/out/bundle-<n>k.arrow), generated when missing: Arrow
 * only, since a million events' JSON is over V8's string limit. The JSON beside it is served too when present.
 */
export function ensureSyntheticBundle(events: number): BenchBundle {
  const base = syntheticBase(events);
  const { actors, outlets } = syntheticShape(events);
  if (!existsSync(`${base}.arrow`)) {
    console.log(`generating ${events.toLocaleString('en')} events (${actors} actors, ${outlets} outlets)...`);
    const args = ['--events', String(events), '--actors', String(actors), '--outlets', String(outlets)];
    runTsx(['bench/generate-bundle.ts', ...args, '--format', 'arrow', '--out', `${base}.arrow`]);
  }
  return {
    label: `${events.toLocaleString('en')} synthetic events`,
    json: existsSync(`${base}.json`) ? `${base}.json` : null,
    arrow: `${base}.arrow`,
  };
}

/**
 * The GDELT bundle imported from `input` (a folder or file of GDELT 2.0 exports), into bench/out/ when missing:
 * bundle-gdelt.json from the shared folder, bundle-gdelt-<name>.json from any other input (its name without extensions).
 */
export function ensureGdeltBundle(input: string, sharedInput: string): BenchBundle {
  const name =
    resolve(input) === resolve(sharedInput) ? 'bundle-gdelt' : `bundle-gdelt-${basename(input).replace(/\..*$/, '')}`;
  const json = resolve(root, `bench/out/${name}.json`);
  if (!existsSync(json)) {
    if (!existsSync(input)) throw new Error(`no GDELT exports at ${input} (docs/gdelt.md)`);
    console.log(`importing GDELT from ${input}...`);
    runTsx(['src/pipeline/gdelt/import-cli.ts', input, '--output', json]);
  }
  const arrow = arrowPathOf(json);
  return { label: `GDELT (${basename(input)})`, json, arrow: existsSync(arrow) ? arrow : null };
}

/** A bundle file given by path (BUNDLE= of bench:ui): its .arrow beside it is used when there. */
export function givenBundle(path: string): BenchBundle {
  const json = path.endsWith('.arrow') ? null : path;
  const arrow = existsSync(arrowPathOf(path)) ? arrowPathOf(path) : null;
  if (!arrow && !(json && existsSync(json))) throw new Error(`no bundle at ${path}`);
  return { label: basename(path), json, arrow };
}

/** The text shards written beside a columnar bundle (their names are in its metadata). */
export function textShardsOf(arrowPath: string): string[] {
  const prefix = `${bundleBaseName(arrowPath)}.texts-`;
  return readdirSync(dirname(arrowPath))
    .filter((f) => f.startsWith(prefix))
    .map((f) => resolve(dirname(arrowPath), f));
}

/** Reads a bench bundle in Node as the page does: the columns when there are any (validated), else the JSON. */
export function readBenchBundle(bundle: BenchBundle): Bundle {
  if (bundle.arrow) {
    const read = readArrowBundle(readFileSync(bundle.arrow));
    if (!read.ok) throw new Error(`${bundle.arrow}: ${read.problems.slice(0, 5).join('; ')}`);
    return columnsToBundle(read.columns);
  }
  const parsed = parseBundle(JSON.parse(readFileSync(bundle.json!, 'utf8')));
  if (!parsed.ok) throw new Error(`${bundle.json}: ${parsed.problems.slice(0, 5).join('; ')}`);
  return parsed.bundle;
}

function runTsx(args: string[]): void {
  execFileSync(resolve(root, 'node_modules/.bin/tsx'), args, { cwd: root, stdio: 'inherit' });
}
