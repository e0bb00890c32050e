import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { EMPTY_FILTERS, type Filters } from '../src/state/filters.ts';
import { ensureSyntheticBundle } from './scale/bench-bundles.ts';
import { type ChangeKind, changedValues, changeTargetsOf, KINDS, planChanges } from './scale/change-plan.ts';
import { stageBundle, startPreview } from './scale/page-server.ts';
import { quantiles } from './scale/quantiles.ts';

// Where a filter change's main-thread time goes, a measure that holds on a loaded machine: the app built
// without minifying (function names kept), the bench's changes made in the page while Chrome traces it, then
// per change the renderer main thread's CPU time (thread time of its top-level tasks) from the change to the
// next painted frame and to the idle page, split by kind of work (script, style, layout, paint), and the
// script's inclusive CPU time per function from the sampling profiler (components and selectors by name).
// `npm run bench:trace` (`ROUNDS=10 PORT=4198` by default); TOP=n functions listed (default 40); the functions are
// timed from each change to its paint, or to the idle page with WINDOW=idle. The split counts the trace's named
// events only: script run from microtasks (React's render after a store change) is in the total, not the split.
const PORT = Number(process.env.PORT ?? 4198);
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const TOP = Number(process.env.TOP ?? 40);
const root = resolve(import.meta.dirname, '..');
const SPLIT = ['script', 'gc', 'style', 'layout', 'paint'] as const;
const distDir = resolve(root, 'dist-trace');

rmSync(distDir, { recursive: true, force: true });
execFileSync(
  resolve(root, 'node_modules/.bin/vite'),
  ['build', '--outDir', distDir, '--emptyOutDir', '--minify', 'false'],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
stageBundle(distDir, ensureSyntheticBundle(100_000), 'columns');
const server = await startPreview(distDir, PORT);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
};
type Step = { kind: ChangeKind; fromEmpty: boolean; values: Partial<Filters> };

try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`http://127.0.0.1:${PORT}/?bench=1`);
  await page.waitForFunction(() => 'parleyIndex' in window, null, { timeout: 180_000 });
  await page.waitForTimeout(1500);
  const targets = await page.evaluate(`(${changeTargetsOf.toString()})(window.parleyIndex)`);
  let before: Filters = EMPTY_FILTERS;
  const steps: Step[] = planChanges(targets as never, ROUNDS).map((c) => {
    const values = changedValues(c.fromEmpty ? EMPTY_FILTERS : before, c.filters);
    before = c.filters;
    return { kind: c.kind, fromEmpty: c.fromEmpty, values };
  });

  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'toplevel',
        'v8',
      ],
    },
  } as never);
  await cdp.send('Profiler.start');
  await page.evaluate(async (steps: Step[]) => {
    type Store = { getState: () => { reset: () => void; setFilters: (v: Partial<Filters>) => void } };
    const store = (window as unknown as { parleyStore: Store }).parleyStore;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const idle = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
    const settle = async () => {
      await new Promise<void>((r) => setTimeout(r, 100));
      await idle();
      await idle();
    };
    (window as unknown as { gc?: () => void }).gc?.();
    for (const [i, step] of steps.entries()) {
      if (step.fromEmpty) {
        store.getState().reset();
        await frame();
      }
      await settle();
      performance.mark(`chg:${i}:start`);
      store.getState().setFilters(step.values);
      await frame();
      performance.mark(`chg:${i}:painted`);
      await settle();
      performance.mark(`chg:${i}:idle`);
    }
    store.getState().reset();
  }, steps);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  report(events, profile, steps);
  await context.close();
} finally {
  await browser.close();
  server.kill();
  rmSync(distDir, { recursive: true, force: true });
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

function report(events: TraceEvent[], profile: CpuProfile, steps: Step[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = new Map<string, number>();
  for (const e of events) if (e.cat.includes('blink.user_timing') && e.name.startsWith('chg:')) marks.set(e.name, e.ts);
  const tasks = onMain.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const kindsOf: Record<string, string> = {
    FunctionCall: 'script',
    EvaluateScript: 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    FireIdleCallback: 'script',
    EventDispatch: 'script',
    V8GC: 'gc',
    MajorGC: 'gc',
    MinorGC: 'gc',
    UpdateLayoutTree: 'style',
    RecalculateStyles: 'style',
    Layout: 'layout',
    Paint: 'paint',
    PaintImage: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    CompositeLayers: 'paint',
    PrePaint: 'paint',
    'Document::updateStyleAndLayout': 'style',
  };
  const sliceOf = (from: number, to: number) => {
    let cpu = 0;
    // A task overlapping the window counts for its share inside it (the change is made inside a task).
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      const overlap = Math.min(to, t.ts + dur) - Math.max(from, t.ts);
      if (overlap > 0 && dur > 0) cpu += ((t.tdur ?? dur) * (overlap / dur)) / 1000;
    }
    const split: Record<string, number> = {};
    for (const e of onMain) {
      if (e.ph !== 'X' || e.ts < from || e.ts >= to) continue;
      const k = kindsOf[e.name];
      if (k) split[k] = (split[k] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
    }
    return { cpu, split };
  };
  const perKind = new Map<
    ChangeKind,
    { toPaint: number[]; toIdle: number[]; split: Record<string, number[]>; paintSplit: Record<string, number[]> }
  >();
  const windows: { kind: ChangeKind; from: number; to: number }[] = [];
  const toIdle = process.env.WINDOW === 'idle';
  steps.forEach((s, i) => {
    const start = marks.get(`chg:${i}:start`);
    const painted = marks.get(`chg:${i}:painted`);
    const idle = marks.get(`chg:${i}:idle`);
    if (start === undefined || painted === undefined || idle === undefined) return;
    const a = sliceOf(start, painted);
    const b = sliceOf(start, idle);
    const row = perKind.get(s.kind) ?? { toPaint: [], toIdle: [], split: {}, paintSplit: {} };
    for (const k of SPLIT) (row.paintSplit[k] ??= []).push(a.split[k] ?? 0);
    row.toPaint.push(a.cpu);
    row.toIdle.push(b.cpu);
    for (const k of SPLIT) (row.split[k] ??= []).push(b.split[k] ?? 0);
    perKind.set(s.kind, row);
    windows.push({ kind: s.kind, from: start, to: toIdle ? idle : painted });
  });
  const med = (xs: number[]) => quantiles(xs).p50.toFixed(1);
  console.log('main-thread CPU per change, ms (median over the changes; p95 in brackets)');
  console.log(
    'kind           to paint       to idle        split to idle (median): script / gc / style / layout / paint',
  );
  for (const kind of KINDS) {
    const r = perKind.get(kind);
    if (!r) continue;
    const split = `${SPLIT.map((k) => med(r.paintSplit[k]!)).join(' / ')}; ${SPLIT.map((k) => med(r.split[k]!)).join(' / ')}`;
    console.log(
      `${kind.padEnd(13)}  ${med(r.toPaint).padStart(6)} (${quantiles(r.toPaint).p95.toFixed(1).padStart(6)})  ${med(r.toIdle).padStart(6)} (${quantiles(r.toIdle).p95.toFixed(1).padStart(6)})  ${split}`,
    );
  }
  // Sampling profile: inclusive time per function within the change windows, per kind group.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Trace timestamps and profile timestamps share the same clock (microseconds).
  let t = profile.startTime;
  const groups = new Map<string, Map<string, number>>();
  const self = new Map<string, Map<string, number>>();
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const w = windows.find((x) => t >= x.from && t < x.to);
    if (!w) continue;
    const group = w.kind.endsWith('alone') ? 'alone' : w.kind === 'brush' ? 'brush' : 'narrowing';
    const incl = groups.get(group) ?? new Map<string, number>();
    groups.set(group, incl);
    const slf = self.get(group) ?? new Map<string, number>();
    self.set(group, slf);
    const seen = new Set<string>();
    let id: number | undefined = profile.samples[i]!;
    let leaf = true;
    while (id !== undefined) {
      const n = byId.get(id)!;
      const name = `${n.callFrame.functionName || '(anon)'}${n.callFrame.url ? `:${n.callFrame.lineNumber}` : ''}`;
      if (leaf) slf.set(name, (slf.get(name) ?? 0) + dt);
      leaf = false;
      if (!seen.has(name)) {
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  for (const [group, incl] of groups) {
    const n = windows.filter(
      (w) => (w.kind.endsWith('alone') ? 'alone' : w.kind === 'brush' ? 'brush' : 'narrowing') === group,
    ).length;
    console.log(`\n${group}: inclusive script ms per change (${n} changes), top ${TOP}`);
    for (const [name, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${name}`);
    console.log(`${group}: app functions (components, hooks, selectors), inclusive ms per change`);
    const app =
      /^([A-Z]\w*|select\w*|use\w*|build\w*|paint\w*|count\w*|compute\w*|layout\w*|raster\w*|narrow\w*|facet\w*)(:|$)/;
    for (const [name, ms] of [...incl]
      .filter(([nm]) => app.test(nm))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP))
      console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${name}`);
    console.log(`${group}: self ms per change, top 15`);
    for (const [name, ms] of [...self.get(group)!].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${name}`);
  }
}
