import { isoOfDay } from '../../src/selectors/bundle-index.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';

/**
 * One filter change of the plan: its kind, the filters after it, and whether it starts from the unfiltered
 * view (the page resets and paints first, untimed; the data engines are given the empty filters, untimed).
 */
export type PlannedChange = { kind: ChangeKind; filters: Filters; fromEmpty: boolean };

export const KINDS = ['actor', 'type', 'outlet', 'actor alone', 'type alone', 'outlet alone', 'brush'] as const;
export type ChangeKind = (typeof KINDS)[number];

/** What the changes pick from: the busiest actors, every outlet, the first dated day (a day number). */
export type ChangeTargets = { actors: string[]; outlets: string[]; firstDay: number };

/** The fields of the bundle index the targets are read from. */
export type TargetSource = {
  actorIds: readonly string[];
  actorList: ArrayLike<number>;
  outletIds: readonly string[];
  extent: readonly [number, number] | null;
};

const TYPES = ['CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'ASSAULT', 'AGREE', 'REJECT', 'SANCTION'] as const;

/**
 * The 40 busiest actors (by events naming them), every outlet and the first dated day. Self-contained (no
 * imports, no outer names), so the page bench runs this very function on the app's own index in the page, and
 * the data bench on its index in Node: the same events give the same targets.
 */
export function changeTargetsOf(index: TargetSource): ChangeTargets {
  const counts = new Uint32Array(index.actorIds.length);
  for (let k = 0; k < index.actorList.length; k++) counts[index.actorList[k]!]!++;
  const actors = [...counts.keys()]
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, 40)
    .map((a) => index.actorIds[a]!);
  return { actors, outlets: [...index.outletIds], firstDay: index.extent?.[0] ?? 0 };
}

/**
 * The changes of every bench, in order: actor, type and outlet changes while the other two are set
 * (narrowing, as a user combines them), each alone from the unfiltered view (the heaviest case: most events
 * pass), and a 60-day brush moving a week at a time.
 */
export function planChanges(targets: ChangeTargets, rounds: number): PlannedChange[] {
  return [...narrowingChanges(targets, rounds), ...aloneChanges(targets, rounds), ...brushChanges(targets, rounds)];
}

function narrowingChanges({ actors, outlets }: ChangeTargets, rounds: number): PlannedChange[] {
  const plan: PlannedChange[] = [];
  let f: Filters = EMPTY_FILTERS;
  for (let i = 0; i < rounds; i++) {
    f = { ...f, actors: [actors[i % actors.length]!] };
    plan.push({ kind: 'actor', filters: f, fromEmpty: i === 0 });
    f = { ...f, types: [TYPES[i % TYPES.length]!] };
    plan.push({ kind: 'type', filters: f, fromEmpty: false });
    f = { ...f, outlets: [outlets[i % outlets.length]!] };
    plan.push({ kind: 'outlet', filters: f, fromEmpty: false });
  }
  return plan;
}

function aloneChanges({ actors, outlets }: ChangeTargets, rounds: number): PlannedChange[] {
  const plan: PlannedChange[] = [];
  const alone = (kind: ChangeKind, values: Partial<Filters>) =>
    plan.push({ kind, filters: { ...EMPTY_FILTERS, ...values }, fromEmpty: true });
  for (let i = 0; i < rounds; i++) alone('actor alone', { actors: [actors[i % actors.length]!] });
  for (let i = 0; i < rounds; i++) alone('type alone', { types: [TYPES[i % TYPES.length]!] });
  for (let i = 0; i < rounds; i++) alone('outlet alone', { outlets: [outlets[i % outlets.length]!] });
  return plan;
}

function brushChanges({ firstDay }: ChangeTargets, rounds: number): PlannedChange[] {
  return Array.from({ length: rounds }, (_, i) => {
    const from = firstDay + i * 7;
    const filters = { ...EMPTY_FILTERS, from: isoOfDay(from), to: isoOfDay(from + 60) };
    return { kind: 'brush', filters, fromEmpty: i === 0 };
  });
}

/** The filter values a change sets, against the filters before it (only those that differ, as a control sets them). */
export function changedValues(before: Filters, after: Filters): Partial<Filters> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Filters)[])
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  return changed as Partial<Filters>;
}
