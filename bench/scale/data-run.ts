import type { BundleIndex } from '../../src/selectors/bundle-index.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import type { ChangeKind, PlannedChange } from './change-plan.ts';
import { crossfilterEngine } from './crossfilter-engine.ts';
import { duckdbEngine } from './duckdb-engine.ts';
import { parleyEngine } from './parley-engine.ts';
import { type Quantiles, quantiles } from './quantiles.ts';

export const ENGINE_NAMES = ['parley', 'crossfilter2', 'duckdb-wasm'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** One engine's filter work: its build time (ms) and a function doing the data part of one change. */
export type DataEngine = { name: EngineName; build: number; run: (f: Filters) => number };

/** Per engine and change kind, the quantiles of each run, in run order. */
export type DataRuns = Map<EngineName, Map<ChangeKind, Quantiles[]>>;

/** Builds the named engines over the index (Parley's index is the one given; its build is timed by the caller). */
export async function buildEngines(index: BundleIndex, names: readonly string[]): Promise<DataEngine[]> {
  const engines: DataEngine[] = [];
  if (names.includes('parley')) engines.push({ name: 'parley', build: 0, run: parleyEngine(index) });
  if (names.includes('crossfilter2')) engines.push({ name: 'crossfilter2', ...crossfilterEngine(index) });
  if (names.includes('duckdb-wasm')) engines.push({ name: 'duckdb-wasm', ...(await duckdbEngine(index)) });
  return engines;
}

/**
 * Times each engine over the plan `runs` times (engines in turn within a run). A change from the unfiltered
 * view is preceded, untimed, by the empty filters, as the page resets and paints before it.
 */
export function timeDataRuns(engines: readonly DataEngine[], plan: readonly PlannedChange[], runs: number): DataRuns {
  const result: DataRuns = new Map(engines.map((e) => [e.name, new Map()]));
  for (let run = 0; run < runs; run++)
    for (const engine of engines) {
      const times = new Map<ChangeKind, number[]>();
      for (const change of plan) {
        if (change.fromEmpty) engine.run(EMPTY_FILTERS);
        const t0 = performance.now();
        engine.run(change.filters);
        const elapsed = performance.now() - t0;
        const list = times.get(change.kind) ?? [];
        list.push(elapsed);
        times.set(change.kind, list);
      }
      const perKind = result.get(engine.name)!;
      for (const [kind, list] of times) perKind.set(kind, [...(perKind.get(kind) ?? []), quantiles(list)]);
    }
  return result;
}
