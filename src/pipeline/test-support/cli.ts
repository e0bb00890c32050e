import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/** The project's root, where the CLI runs. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');

/** Runs the extraction CLI (quiet) with these arguments. */
export function runCli(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(TSX, ['src/pipeline/cli.ts', '--quiet', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const made: string[] = [];
// Every folder made here goes when its test file is done: the bad-input suite writes over 100 MB a run.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
  made.push(dir);
  return dir;
}

/** A corpus folder with these files and, when given, this manifest (an object is written as JSON). */
export function writeCorpus(prefix: string, files: Record<string, string | Uint8Array>, manifest?: unknown): string {
  const dir = scratchDir(prefix);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  if (manifest !== undefined) writeFileSync(join(dir, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  return dir;
}
