import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bundle } from '../../model/bundle-schema.ts';
import { encodeArrowBundle } from '../../model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../../model/columns/bundle-columns.ts';
import { arrowPathOf, bundleBaseName, textShardName } from '../../model/columns/bundle-files.ts';

/** Serialises a bundle deterministically: same bundle, same bytes. */
export function serialiseBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/** The columnar bundle's files: bundle.arrow's bytes and the text shards, each under its file name. */
export function columnarFiles(jsonPath: string, bundle: Bundle): { arrow: Uint8Array; shards: [string, string][] } {
  const base = bundleBaseName(jsonPath);
  const { columns, shards } = bundleToColumns(bundle, (n) => textShardName(base, n));
  const names = columns.metadata.texts.files;
  return {
    arrow: encodeArrowBundle(columns),
    shards: shards.map((shard, n) => [names[n]!, `${JSON.stringify(shard)}\n`]),
  };
}

/**
 * Writes the bundle atomically as JSON (the export, `path`) and as columns beside it: the text shards
 * first, then bundle.arrow that names them, then the JSON, each through a temporary file and a rename,
 * so a reader (or a run killed half-way) never sees a half-written file and the previous one survives
 * any failure. Shards of an earlier, longer bundle are removed.
 */
export function writeBundleAtomically(path: string, bundle: Bundle): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  clearStaleTemporaries(dir, bundleBaseName(path));
  const { arrow, shards } = columnarFiles(path, bundle);
  for (const [name, text] of shards) writeAtomically(join(dir, name), text);
  writeAtomically(arrowPathOf(path), arrow);
  writeAtomically(path, serialiseBundle(bundle));
  const current = new Set(shards.map(([name]) => name));
  const shardPrefix = `${bundleBaseName(path)}.texts-`;
  for (const f of readdirSync(dir))
    if (f.startsWith(shardPrefix) && f.endsWith('.json') && !current.has(f)) rmSync(join(dir, f));
}

function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A run killed before its rename leaves its temporary files behind: clear those of processes that are gone. */
function clearStaleTemporaries(dir: string, base: string): void {
  for (const stale of readdirSync(dir).filter((f) => f.startsWith(`${base}.`) && /\.tmp-\d+$/.test(f))) {
    if (!isRunning(Number(stale.slice(stale.lastIndexOf('-') + 1)))) rmSync(join(dir, stale), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
