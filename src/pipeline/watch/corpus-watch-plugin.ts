import { existsSync, type FSWatcher, readFileSync, watch } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { type Bundle, parseBundle } from '../../model/bundle-schema.ts';
import { BUNDLE_UPDATE_EVENT, type BundleUpdate } from '../../model/bundle-update.ts';
import { bundleBaseName } from '../../model/columns/bundle-files.ts';
import { serialiseBundle, writeBundleAtomically } from '../bundle/write-bundle.ts';
import { incrementalBuilder } from './incremental-build.ts';

/** One watched corpus: its folders, where its bundle is written, and the address the app fetches it from. */
export type WatchedCorpus = { inputs: string[]; output: string; url: string };

/** The corpora `npm run dev` keeps up to date, as `npm run extract` and `npm run extract:demo` build them. */
export const DEFAULT_WATCHED: WatchedCorpus[] = [
  { inputs: ['data/articles'], output: 'public/data/bundle.json', url: '/data/bundle.json' },
  {
    inputs: ['data/articles', 'data/demo/articles'],
    output: 'public/data/bundle-demo.json',
    url: '/data/bundle-demo.json',
  },
];

/** Changes closer together than this are one rebuild (an editor's save, or a folder of pages copied in). */
const SETTLE_MS = 300;

/**
 * Watch mode for `npm run dev`: builds each corpus's bundle when the server starts and again whenever a file
 * in its folders is added, changed or removed, rereading and re-extracting only what changed. The open
 * dashboard is told over the dev server's socket, refetches the bundle without a page reload, and shows
 * what was added and any problems.
 *
 * `PARLEY_CORPUS=dir1:dir2 npm run dev` watches the user's own folders instead (their bundle is served as
 * /data/bundle.json; `PARLEY_BUNDLE` says where it is written, by default `.parley/bundle.json`).
 */
export function corpusWatch(dataDir = 'data'): Plugin {
  return {
    name: 'parley-corpus-watch',
    apply: 'serve',
    // Vite's own watcher reloads the page when an .html file it sees changes: a saved news page in a corpus
    // folder is data, not the app, so those folders are watched here instead.
    config: () => ({
      server: {
        watch: {
          ignored: [
            '**/data/**',
            '**/.parley/**',
            ...(watchedFromEnv()?.flatMap((c) => c.inputs.map((d) => `${resolve(d)}/**`)) ?? []),
          ],
        },
      },
    }),
    configureServer(server) {
      // Vitest runs a Vite server too: unit tests must not start watching and extracting.
      if (process.env.VITEST) return;
      const corpora = watchedFromEnv() ?? DEFAULT_WATCHED;
      for (const corpus of corpora) {
        if (!resolve(corpus.output).startsWith(resolve('public') + sep)) serveFile(server, corpus);
        watchCorpus(server, corpus, dataDir);
      }
    },
  };
}

function watchedFromEnv(): WatchedCorpus[] | null {
  const dirs = process.env.PARLEY_CORPUS?.split(delimiter).filter(Boolean);
  if (!dirs || dirs.length === 0) return null;
  return [
    { inputs: dirs, output: resolve(process.env.PARLEY_BUNDLE ?? '.parley/bundle.json'), url: '/data/bundle.json' },
  ];
}

/**
 * Serves a bundle written outside public/ at the address the app fetches, with its columnar files beside it
 * (bundle.arrow and its text shards): else the app would read public/data's bundle.arrow of another corpus.
 */
function serveFile(server: ViteDevServer, corpus: WatchedCorpus): void {
  const urlDir = corpus.url.slice(0, corpus.url.lastIndexOf('/') + 1);
  const [urlBase, fileBase] = [bundleBaseName(corpus.url), bundleBaseName(corpus.output)];
  // bundle.arrow is asked for beside the JSON's address; its shards by the names its metadata gives them.
  const fileOf = (url: string): string | null => {
    if (url === corpus.url) return corpus.output;
    const name = url.startsWith(urlDir) ? url.slice(urlDir.length) : '';
    if (name === `${urlBase}.arrow`) return join(dirname(corpus.output), `${fileBase}.arrow`);
    const shard = name.startsWith(`${fileBase}.texts-`) && name.endsWith('.json') && !name.includes('/');
    return shard ? join(dirname(corpus.output), name) : null;
  };
  server.middlewares.use((req, res, next) => {
    const file = fileOf(req.url?.split('?')[0] ?? '');
    if (!file) return next();
    if (!existsSync(file)) return file === corpus.output ? next() : notFound(res);
    res.setHeader('Content-Type', file.endsWith('.arrow') ? 'application/vnd.apache.arrow.stream' : 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(readFileSync(file));
  });
}

/** A columnar file this corpus has not written: a 404, so the app falls back to the JSON bundle. */
function notFound(res: { statusCode: number; end: (body: string) => void }): void {
  res.statusCode = 404;
  res.end('not found');
}

function watchCorpus(server: ViteDevServer, corpus: WatchedCorpus, dataDir: string): void {
  const log = server.config.logger;
  const dirs = corpus.inputs.map((d) => resolve(d));
  const builder = incrementalBuilder(dirs, dataDir);
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The bundle last written (read from disk once, at the first build): what a rebuild is compared with.
  let previous: Bundle | null | undefined;
  let previousText = '';
  // Synchronous: a change seen during a rebuild is queued by the watcher and schedules the next one.
  const rebuild = () => {
    try {
      if (previous === undefined) {
        previous = readBundle(corpus.output);
        previousText = previous ? serialiseBundle(previous) : '';
      }
      const { bundle, update } = builder.rebuild(previous);
      const text = serialiseBundle(bundle);
      if (text === previousText) return;
      writeBundleAtomically(corpus.output, bundle);
      [previous, previousText] = [bundle, text];
      log.info(`parley: ${corpus.output} rebuilt: ${describe(update)}`, { timestamp: true });
      notify(server, { ...update, bundleUrl: corpus.url, at: new Date().toISOString() });
    } catch (error) {
      log.error(`parley: ${corpus.output} not rebuilt: ${(error as Error).message}`, { timestamp: true });
      notify(server, {
        bundleUrl: corpus.url,
        at: new Date().toISOString(),
        added: [],
        changed: [],
        removed: [],
        problems: [],
        articles: 0,
        events: 0,
        error: (error as Error).message,
      });
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  };
  // Node's own watcher (inotify here): corpus folders are flat, so one watch per folder sees every file.
  const watchers: FSWatcher[] = dirs.filter((d) => existsSync(d)).map((d) => watch(d, () => schedule()));
  server.httpServer?.on('close', () => watchers.forEach((w) => w.close()));
  // The first build: after the server is listening, so the page (and the previous bundle) load meanwhile.
  setTimeout(rebuild, 0);
}

function readBundle(path: string): Bundle | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = parseBundle(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.ok ? parsed.bundle : null;
  } catch {
    return null;
  }
}

function notify(server: ViteDevServer, update: BundleUpdate): void {
  server.ws.send({ type: 'custom', event: BUNDLE_UPDATE_EVENT, data: update });
}

function describe(u: Omit<BundleUpdate, 'bundleUrl' | 'at'>): string {
  const parts = [`${u.articles} articles, ${u.events} events`];
  if (u.added.length) parts.push(`added ${u.added.map((a) => a.id).join(', ')}`);
  if (u.changed.length) parts.push(`changed ${u.changed.map((a) => a.id).join(', ')}`);
  if (u.removed.length) parts.push(`removed ${u.removed.join(', ')}`);
  if (u.problems.length) parts.push(`${u.problems.length} problem(s)`);
  return parts.join('; ');
}
