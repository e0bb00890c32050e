import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Bundle } from '../../model/bundle-schema.ts';

/** Serialises a bundle deterministically: same bundle, same bytes. */
export function serialiseBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/**
 * Writes the bundle atomically: a temporary file beside the target, then a rename, so a reader (or a
 * run killed half-way) never sees a half-written bundle and the previous one survives any failure.
 */
export function writeBundleAtomically(path: string, bundle: Bundle): void {
  mkdirSync(dirname(path), { recursive: true });
  // A run killed before its rename leaves its temporary file behind: clear those of processes that are gone.
  for (const stale of readdirSync(dirname(path)).filter((f) => f.startsWith(`${basename(path)}.tmp-`))) {
    if (!isRunning(Number(stale.slice(stale.lastIndexOf('-') + 1)))) rmSync(join(dirname(path), stale), { force: true });
  }
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, serialiseBundle(bundle));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
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
