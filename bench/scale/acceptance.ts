import type { ChangeKind } from './change-plan.ts';
import { type PageRun } from './page-run.ts';
import { type Quantiles, spreadText } from './quantiles.ts';
import { dataQuantiles, pageQuantiles, type SizeResult } from './scale-report.ts';

/** Issue 12's acceptance targets at one size. */
type Limits = {
  firstPaintS: number;
  filterP95: number;
  brushP95: number;
  memoryMb?: number;
  againstCrossfilter?: boolean;
};

const LIMITS: Record<SizeResult['targets'], Limits> = {
  million: { firstPaintS: 3, filterP95: 100, brushP95: 50, memoryMb: 1536, againstCrossfilter: true },
  'hundred-thousand': { firstPaintS: 1.5, filterP95: 50, brushP95: 20 },
};
const FILTER_KINDS: ChangeKind[] = ['actor', 'type', 'outlet', 'actor alone', 'type alone', 'outlet alone'];

/** One line per acceptance target of issue 12 at this size: met or not met, with the figures it was judged on. */
export function acceptanceLines(result: SizeResult): string[] {
  const limits = LIMITS[result.targets];
  const lines = [
    firstPaintLine(result.pageRuns, limits.firstPaintS),
    p95Line(result.pageRuns, FILTER_KINDS, limits.filterP95, 'every filter kind, alone and narrowing'),
    p95Line(result.pageRuns, ['brush'], limits.brushP95, 'brush'),
  ];
  if (limits.memoryMb) lines.push(memoryLine(result.pageRuns, limits.memoryMb));
  if (limits.againstCrossfilter) lines.push(crossfilterLine(result));
  const scope = result.targets === 'million' ? 'the 1,000,000-event targets' : 'the 100,000-event targets';
  return [`Acceptance (issue 12, ${scope}; judged on the worst run):`, ...lines.map((l) => `- ${l}`)];
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

function firstPaintLine(runs: PageRun[], limitS: number): string {
  const times = runs.flatMap((r) => (r.firstPaintMs === null ? [] : [r.firstPaintMs / 1000]));
  const failed = runs.filter((r) => r.failure).map((r) => r.failure);
  const figures = [times.length ? `${spreadText(times, (v) => v.toFixed(1))} s` : '', ...failed].filter(Boolean);
  const met = failed.length === 0 && times.length > 0 && Math.max(...times) <= limitS;
  return `first paint at most ${limitS} s: ${verdict(met)} (${figures.join('; ') || 'no run'})`;
}

function p95Line(runs: PageRun[], kinds: ChangeKind[], limit: number, what: string): string {
  const worst = kinds.map((kind) => [kind, pageQuantiles(runs, kind).map((q) => q.p95)] as const);
  const measured = worst.filter(([, p95s]) => p95s.length);
  const over = measured.filter(([, p95s]) => Math.max(...p95s) > limit);
  // A run whose page never painted cannot show its changes painted in time.
  const unloaded = runs.filter((r) => r.firstPaintMs === null).length;
  const met = measured.length === kinds.length && over.length === 0 && unloaded === 0;
  const shown = over.length ? over : measured;
  const figures = shown.map(([kind, p95s]) => `${kind} ${spreadText(p95s, (v) => v.toFixed(1))}`).join(', ');
  const parts = [measured.length ? `${over.length ? 'over' : 'p95'}: ${figures} ms` : 'not measured'];
  if (unloaded && measured.length) parts.push(`${unloaded} of ${runs.length} runs did not load`);
  return `${what}: p95 at most ${limit} ms: ${verdict(met)} (${parts.join('; ')})`;
}

function memoryLine(runs: PageRun[], limitMb: number): string {
  // The renderer's resident size holds the typed arrays the heap figure leaves out; the heap when it is not readable.
  const renderer = runs.flatMap((r) => (r.memory.rendererMb === null ? [] : [r.memory.rendererMb]));
  const heap = runs.flatMap((r) => (r.memory.heapUsedMb === null ? [] : [r.memory.heapUsedMb]));
  const [figures, what] = renderer.length ? [renderer, 'renderer resident'] : [heap, 'JS heap used'];
  const met = figures.length === runs.length && runs.length > 0 && Math.max(...figures) < limitMb;
  const text = figures.length ? `${what} ${spreadText(figures, (v) => `${Math.round(v)}`)} MB` : 'not readable';
  return `tab memory under 1.5 GB (${limitMb.toLocaleString('en')} MB): ${verdict(met)} (${text})`;
}

function crossfilterLine(result: SizeResult): string {
  const slower: string[] = [];
  let compared = 0;
  for (const kind of [...FILTER_KINDS, 'brush'] as ChangeKind[]) {
    const parley = dataQuantiles(result, 'parley', kind);
    const crossfilter = dataQuantiles(result, 'crossfilter2', kind);
    const runs = parley.flatMap((p, run) => (crossfilter[run] ? [[p, crossfilter[run]] as const] : []));
    compared += runs.length;
    for (const at of ['p50', 'p95'] as const) {
      const lost = runs.filter(([p, c]) => p[at] > c[at]);
      if (lost.length) slower.push(`${kind} ${at} ${pair(lost, at)} in ${lost.length} of ${runs.length} runs`);
    }
  }
  const met = compared > 0 && slower.length === 0;
  const detail =
    compared === 0
      ? 'not measured'
      : slower.length
        ? `slower: ${slower.join('; ')}`
        : 'p50 and p95 no slower for any kind in any run';
  return `Parley's data-only filter time no slower than crossfilter2's in the same run: ${verdict(met)} (${detail})`;
}

/** "8.2-8.9 vs 5.8-6.0 ms": Parley's figures against crossfilter2's over the runs given. */
function pair(runs: readonly (readonly [Quantiles, Quantiles])[], at: 'p50' | 'p95'): string {
  const text = (qs: Quantiles[]) =>
    spreadText(
      qs.map((q) => q[at]),
      (v) => v.toFixed(1),
    );
  return `${text(runs.map(([p]) => p))} vs ${text(runs.map(([, c]) => c))} ms`;
}
