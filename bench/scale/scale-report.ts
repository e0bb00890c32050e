import { type ChangeKind, KINDS } from './change-plan.ts';
import type { DataRuns, EngineName } from './data-run.ts';
import type { PageRun } from './page-run.ts';
import { type Quantiles, quantiles, spreadText } from './quantiles.ts';

/** Everything measured at one size: the page runs and the data-only runs on the same events. */
export type SizeResult = {
  label: string;
  /** Events, actors, outlets of the bundle, as read in Node (null when it could not be read). */
  shape: string | null;
  /** Issue 12's targets for this size: those at 1,000,000 events, or those at 100,000 (GDELT's too). */
  targets: 'million' | 'hundred-thousand';
  pageRuns: PageRun[];
  /** Parley's index and each engine's build (ms), and the runs; or why the data part did not run. */
  data: { builds: Builds; runs: DataRuns } | { error: string };
};

/** Parley's index build and each other engine's build, in ms. */
export type Builds = Map<EngineName | 'parley index', number>;

const ENGINE_LABELS: Record<EngineName, string> = {
  parley: 'Parley',
  crossfilter2: 'crossfilter2',
  'duckdb-wasm': 'DuckDB-WASM',
};
const ms = (v: number) => v.toFixed(1);
const mb = (v: number) => `${Math.round(v)}`;

/** The size's table in Markdown: each figure as min-max over the runs, the page's beside each engine's. */
export function sizeTable(result: SizeResult, rounds: number): string[] {
  const engines = 'error' in result.data ? [] : [...result.data.runs.keys()];
  const header = ['measure', 'page p50 / p95 / max', ...engines.map((e) => `${ENGINE_LABELS[e]} data p50 / p95`)];
  const rows: string[][] = [
    [
      'load to first paint; data: index or engine build',
      firstPaintCell(result.pageRuns),
      ...engines.map((e) => buildCell(result, e)),
    ],
    ...KINDS.map((kind) => [
      kind === 'brush' || kind.endsWith('alone') ? kind : `${kind} (narrowing)`,
      pageCell(result.pageRuns, kind),
      ...engines.map((e) => dataCell(result, e, kind)),
    ]),
    ['tab memory (after the changes, or at the timeout)', memoryCell(result.pageRuns), ...engines.map(() => '')],
  ];
  const runs = result.pageRuns.length;
  return [
    `### ${result.label}${result.shape ? `: ${result.shape}` : ''}`,
    `${runs} run${runs === 1 ? '' : 's'}, ${rounds} changes per kind; times in ms, min-max over the runs`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...('error' in result.data ? ['', `data-only measures not made: ${result.data.error}`] : []),
  ];
}

function loaded(runs: PageRun[]): PageRun[] {
  return runs.filter((r) => r.firstPaintMs !== null);
}

function failures(runs: PageRun[]): string {
  const failed = runs.filter((r) => r.failure);
  if (!failed.length) return '';
  const reasons = [...new Set(failed.map((r) => r.failure))].join('; ');
  return `${failed.length} of ${runs.length} runs: ${reasons}`;
}

function firstPaintCell(runs: PageRun[]): string {
  const times = loaded(runs).map((r) => r.firstPaintMs! / 1000);
  return [times.length ? `${spreadText(times, (v) => v.toFixed(1))} s` : '', failures(runs)].filter(Boolean).join('; ');
}

/** The quantiles of each loaded run for one kind. */
export function pageQuantiles(runs: PageRun[], kind: ChangeKind): Quantiles[] {
  return loaded(runs).flatMap((r) => (r.times[kind]?.length ? [quantiles(r.times[kind])] : []));
}

function pageCell(runs: PageRun[], kind: ChangeKind): string {
  const qs = pageQuantiles(runs, kind);
  if (!qs.length) return '';
  const part = (pick: (q: Quantiles) => number) => spreadText(qs.map(pick), ms);
  return `${part((q) => q.p50)} / ${part((q) => q.p95)} / ${part((q) => q.max)}`;
}

function memoryCell(runs: PageRun[]): string {
  const of = (pick: (r: PageRun) => number | null) => runs.map(pick).filter((v): v is number => v !== null);
  const heap = of((r) => r.memory.heapUsedMb);
  const renderer = of((r) => r.memory.rendererMb);
  return [
    heap.length ? `JS heap ${spreadText(heap, mb)} MB` : 'JS heap not readable',
    renderer.length ? `renderer ${spreadText(renderer, mb)} MB resident` : 'renderer size not readable',
  ].join(', ');
}

function buildCell(result: SizeResult, engine: EngineName): string {
  if ('error' in result.data) return '';
  const build = result.data.builds.get(engine === 'parley' ? 'parley index' : engine);
  return build === undefined ? '' : `${Math.round(build).toLocaleString('en')} ms`;
}

/** Each run's quantiles of one engine for one kind. */
export function dataQuantiles(result: SizeResult, engine: EngineName, kind: ChangeKind): Quantiles[] {
  return 'error' in result.data ? [] : (result.data.runs.get(engine)?.get(kind) ?? []);
}

function dataCell(result: SizeResult, engine: EngineName, kind: ChangeKind): string {
  const qs = dataQuantiles(result, engine, kind);
  if (!qs.length) return '';
  return `${spreadText(
    qs.map((q) => q.p50),
    ms,
  )} / ${spreadText(
    qs.map((q) => q.p95),
    ms,
  )}`;
}
