import type { Browser, Page } from '@playwright/test';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import { type ChangeKind, type ChangeTargets, changedValues, changeTargetsOf, planChanges } from './change-plan.ts';
import { type TabMemory, tabMemory } from './tab-memory.ts';

/** One page load and its changes: load to first paint (or why it did not load), times per kind, tab memory. */
export type PageRun = {
  /** Load to first paint in ms, null when the page did not get there. */
  firstPaintMs: number | null;
  /** Why the page did not load ("did not load in 120 s", the page's error). */
  failure: string | null;
  times: Partial<Record<ChangeKind, number[]>>;
  /**
   * Per kind, the time from the change to the end of the second painted frame: the views that follow the first
   * paint (network, comparison, map, trends, event list) shown too.
   */
  everyView: Partial<Record<ChangeKind, number[]>>;
  memory: TabMemory;
  targets: ChangeTargets | null;
  /** The load's stages as the page marked them (`parley:…` User Timing marks, ms from navigation), read after the changes. */
  stages: Record<string, number>;
};

/** A change as the page makes it: reset first or not, then the filter values to set. */
type PageStep = { kind: ChangeKind; fromEmpty: boolean; values: Partial<Filters> };

/**
 * Opens the dashboard (`?bench=1`) in a fresh browser context, waits for its first paint, picks the changes
 * from the app's own index, makes them through the filter store and reads the tab's memory.
 */
export async function measurePage(
  browser: Browser,
  options: { url: string; rounds: number; loadTimeoutMs: number },
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    // tsx keeps function names with a helper that the page does not have.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // Only the navigation is awaited here: the load, however long, is the first paint's to time and to time out.
    await page.goto(options.url, { waitUntil: 'commit', timeout: options.loadTimeoutMs });
    const loaded = await firstPaint(page, options.loadTimeoutMs);
    if ('failure' in loaded)
      return {
        firstPaintMs: null,
        failure: loaded.failure,
        times: {},
        everyView: {},
        memory: await tabMemory(page),
        targets: null,
        stages: await loadStages(page),
      };
    const targets = (await page.evaluate(`(${changeTargetsOf.toString()})(window.parleyIndex)`)) as ChangeTargets;
    const { times, everyView } = await page.evaluate(runStepsInPage, pageSteps(planChanges(targets, options.rounds)));
    const memory = await tabMemory(page);
    return {
      firstPaintMs: loaded.ms,
      failure: null,
      times,
      everyView,
      memory,
      targets,
      stages: await loadStages(page),
    };
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from the navigation to the first frame after the app exposed its index (it does so once the
 * dashboard has rendered), or why it did not get there within the timeout.
 */
async function firstPaint(page: Page, timeoutMs: number): Promise<{ ms: number } | { failure: string }> {
  try {
    const handle = await page.waitForFunction(
      () =>
        'parleyIndex' in window
          ? performance.now()
          : document.querySelector('[role="alert"] h1')?.textContent === 'The event bundle could not be loaded'
            ? -1
            : false,
      null,
      { timeout: timeoutMs },
    );
    const ms = (await handle.jsonValue()) as number;
    if (ms >= 0) return { ms };
    return { failure: `load error: ${await page.getByRole('alert').innerText()}`.replace(/\s+/g, ' ') };
  } catch {
    return { failure: `did not load in ${Math.round(timeoutMs / 1000)} s` };
  }
}

/** The page's `parley:` marks (data/load-marks.ts): when each stage of the load ended, in ms from navigation. */
async function loadStages(page: Page): Promise<Record<string, number>> {
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]),
  );
  return Object.fromEntries(marks.filter(([n]) => n.startsWith('parley:')).map(([n, t]) => [n.slice(7), t]));
}

/** The plan as the page makes it: each change sets only the values that differ from the filters before it. */
function pageSteps(plan: ReturnType<typeof planChanges>): PageStep[] {
  let before: Filters = EMPTY_FILTERS;
  return plan.map((change) => {
    const values = changedValues(change.fromEmpty ? EMPTY_FILTERS : before, change.filters);
    before = change.filters;
    return { kind: change.kind, fromEmpty: change.fromEmpty, values };
  });
}

/**
 * Runs in the page: makes each change through the store and times it to the end of the next painted frame
 * after React has committed, i.e. until every view shows the new filters.
 */
async function runStepsInPage(steps: PageStep[]): Promise<{
  times: Partial<Record<ChangeKind, number[]>>;
  everyView: Partial<Record<ChangeKind, number[]>>;
}> {
  type Store = { getState: () => { reset: () => void; setFilters: (values: Partial<Filters>) => void } };
  const store = (window as unknown as { parleyStore: Store }).parleyStore;
  // Resolves right after the next frame is painted: the animation frame runs before the paint, a task
  // queued from it runs after (two animation frames would add a whole idle frame to every figure).
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // Changes come at least 100 ms apart, as clicks and brush steps do, and only once the page is idle, so that
  // no figure includes what the previous change left to do after its paint (the counts, lists, Trends and Map
  // that follow a frame later): after a reset to every event that work can outlast 100 ms.
  const idle = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
  const settle = async () => {
    await new Promise<void>((r) => setTimeout(r, 100));
    await idle();
    await idle();
  };
  (window as unknown as { gc?: () => void }).gc?.();
  const out: Partial<Record<ChangeKind, number[]>> = {};
  const all: Partial<Record<ChangeKind, number[]>> = {};
  for (const step of steps) {
    if (step.fromEmpty) {
      store.getState().reset();
      await frame();
    }
    await settle();
    const t0 = performance.now();
    store.getState().setFilters(step.values);
    await frame();
    (out[step.kind] ??= []).push(performance.now() - t0);
    await frame();
    (all[step.kind] ??= []).push(performance.now() - t0);
  }
  store.getState().reset();
  return { times: out, everyView: all };
}
