import crossfilter from 'crossfilter2';
import { PLOVER_TYPES } from '../../src/model/bundle-schema.ts';
import { dayNumber } from '../../src/model/day-number.ts';
import type { BundleIndex } from '../../src/selectors/bundle-index.ts';
import type { Filters } from '../../src/state/filters.ts';

type Row = { i: number; actors: number[]; type: number; outlet: number; day: number };

/**
 * The same filter work with crossfilter2: dimensions on actors (an array dimension: an event has several),
 * type, outlet and day, a count group on each (crossfilter groups leave their own dimension's filter out, as
 * Parley's facets do), and the total.
 */
export function crossfilterEngine(index: BundleIndex): { build: number; run: (f: Filters) => number } {
  const t0 = performance.now();
  const rows: Row[] = Array.from({ length: index.eventCount }, (_, i) => ({
    i,
    actors: Array.from(index.actorsOf(i)),
    type: index.type[i]!,
    outlet: index.outlet[i]!,
    // Undated events sit outside every range, as in Parley's date clause.
    day: index.dated[i] && !Number.isNaN(index.day[i]!) ? index.day[i]! : -1e9,
  }));
  const cf = crossfilter(rows);
  const actor = cf.dimension((r) => r.actors, true);
  const type = cf.dimension((r) => r.type);
  const outlet = cf.dimension((r) => r.outlet);
  const day = cf.dimension((r) => r.day);
  const groups = [actor.group(), type.group(), outlet.group(), day.group()];
  const total = cf.groupAll();
  const build = performance.now() - t0;
  // Only a dimension whose filter changed is touched: crossfilter updates its groups incrementally, and
  // re-applying an unchanged filter would charge it for work a real view would not ask for.
  const last = new Map<string, string>();
  const apply = (key: string, value: unknown, set: () => void) => {
    const text = JSON.stringify(value);
    if (last.get(key) === text) return;
    last.set(key, text);
    set();
  };
  const run = (f: Filters) => {
    apply('actors', f.actors, () => {
      const chosen = new Set(f.actors.map((id) => index.actorIndex.get(id)));
      if (chosen.size) actor.filterFunction((a) => chosen.has(a as number));
      else actor.filterAll();
    });
    apply('types', f.types, () => {
      const chosen = new Set(f.types.map((t) => PLOVER_TYPES.indexOf(t)));
      if (chosen.size) type.filterFunction((t) => chosen.has(t as number));
      else type.filterAll();
    });
    apply('outlets', f.outlets, () => {
      const chosen = new Set(f.outlets.map((o) => index.outletIndex.get(o)));
      if (chosen.size) outlet.filterFunction((o) => chosen.has(o as number));
      else outlet.filterAll();
    });
    apply('date', [f.from, f.to], () => {
      if (f.from || f.to) day.filterRange([f.from ? dayNumber(f.from) : -1e8, (f.to ? dayNumber(f.to) : 1e8) + 1]);
      else day.filterAll();
    });
    let sum = total.value() as number;
    for (const g of groups) sum += g.all().length;
    return sum;
  };
  return { build, run };
}
