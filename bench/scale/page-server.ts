import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type BenchBundle, textShardsOf } from './bench-bundles.ts';

const root = resolve(import.meta.dirname, '../..');

/** Builds the app into a scratch folder (once per bench run: bundles are swapped in its data folder). */
export function buildApp(distDir: string): void {
  console.log('building the app...');
  rmSync(distDir, { recursive: true, force: true });
  execFileSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--outDir', distDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'ignore',
  });
}

/**
 * Puts a bundle where the page reads it: bundle.arrow and its text shards (which keep their names: the
 * metadata names them), and bundle.json when there is one. `json` only: the JSON route (no bundle.arrow).
 * Says which file the page will load.
 */
export function stageBundle(distDir: string, bundle: BenchBundle, route: 'columns' | 'json'): string {
  const data = resolve(distDir, 'data');
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  if (bundle.json) copyFileSync(bundle.json, resolve(data, 'bundle.json'));
  if (route === 'columns' && bundle.arrow) {
    copyFileSync(bundle.arrow, resolve(data, 'bundle.arrow'));
    for (const shard of textShardsOf(bundle.arrow)) copyFileSync(shard, resolve(data, basename(shard)));
    return `bundle.arrow (in a worker), from ${bundle.arrow}`;
  }
  if (!bundle.json)
    throw new Error(
      `${bundle.label} has no JSON bundle for the JSON route (npm run bench:generate writes one at 100,000 events)`,
    );
  return `bundle.json, from ${bundle.json}`;
}

/** Serves the built app (vite preview) and resolves once it answers. */
export async function startPreview(distDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    resolve(root, 'node_modules/.bin/vite'),
    ['preview', '--outDir', distDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  server.kill();
  throw new Error('the preview server did not start');
}
