import { type BundleIndex, isoOfDay } from '../../src/selectors/bundle-index.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';

/** One filter change of the plan: its kind and the filters after it. */
export type PlannedChange = { kind: string; filters: Filters };

export const KINDS = ['actor', 'type', 'outlet', 'actor alone', 'type alone', 'outlet alone', 'brush'] as const;

const TYPES = ['CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'ASSAULT', 'AGREE', 'REJECT', 'SANCTION'] as const;

/**
 * The same changes as `bench/ui-bench.ts` makes in the page: actor, type and outlet changes while the other two
 * are set (narrowing), each alone from the unfiltered view, and a 60-day brush moving a week at a time.
 */
export function planChanges(index: BundleIndex, rounds: number): PlannedChange[] {
  const actors = busiestActors(index, 40);
  const outlets = index.outletIds;
  const first = index.extent?.[0] ?? 0;
  const plan: PlannedChange[] = [];
  let f: Filters = EMPTY_FILTERS;
  for (let i = 0; i < rounds; i++) {
    f = { ...f, actors: [actors[i % actors.length]!] };
    plan.push({ kind: 'actor', filters: f });
    f = { ...f, types: [TYPES[i % TYPES.length]!] };
    plan.push({ kind: 'type', filters: f });
    f = { ...f, outlets: [outlets[i % outlets.length]!] };
    plan.push({ kind: 'outlet', filters: f });
  }
  for (let i = 0; i < rounds; i++) {
    plan.push({ kind: 'actor alone', filters: { ...EMPTY_FILTERS, actors: [actors[i % actors.length]!] } });
    plan.push({ kind: 'type alone', filters: { ...EMPTY_FILTERS, types: [TYPES[i % TYPES.length]!] } });
    plan.push({ kind: 'outlet alone', filters: { ...EMPTY_FILTERS, outlets: [outlets[i % outlets.length]!] } });
  }
  for (let i = 0; i < rounds; i++) {
    const from = first + i * 7;
    plan.push({ kind: 'brush', filters: { ...EMPTY_FILTERS, from: isoOfDay(from), to: isoOfDay(from + 60) } });
  }
  return plan;
}

function busiestActors(index: BundleIndex, n: number): string[] {
  const counts = new Uint32Array(index.actorIds.length);
  for (const a of index.actorList) counts[a]!++;
  return [...counts.keys()]
    .sort((a, b) => counts[b]! - counts[a]!)
    .slice(0, n)
    .map((a) => index.actorIds[a]!);
}

/** p50, p95 and max of a list of times. */
export function quantiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: sorted.at(-1)! };
}
