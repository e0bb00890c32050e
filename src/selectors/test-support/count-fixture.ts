import fc from 'fast-check';
import type { Bundle, Modality, PloverType } from '../../model/bundle-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../state/filters.ts';
import { fixtureBundle } from '../test-fixture.ts';

/**
 * The selector fixture with the case its own events lack: CGTN tells the 7 July meeting twice (a second,
 * denying report copied from its first), so CGTN has more reports than real-world events, and CGTN's denial
 * against Wire's "met" is a disagreement on modality besides the one on the date.
 */
export function repeatReportBundle(): Bundle {
  const bundle = fixtureBundle();
  const first = bundle.events.find((e) => e.id === 'a2#e1')!;
  bundle.events.push({ ...first, id: 'a2#e9', modality: 'denied' as Modality });
  bundle.clusters.find((c) => c.id === 'c1')!.eventIds.push('a2#e9');
  return bundle;
}

const ACTORS = ['trump', 'netanyahu', 'vance', 'usa', 'iran'];
const TYPES: PloverType[] = ['CONSULT', 'REQUEST', 'SANCTION'];
const MODALITIES: Modality[] = ['occurred', 'planned', 'ongoing', 'denied'];
const OUTLETS = ['hayom', 'cgtn', 'wire'];

/** Filters over the fixture's own values, each clause set or not, the actor clause in any of its modes. */
export const fixtureFilters: fc.Arbitrary<Filters> = fc
  .record({
    actors: fc.subarray(ACTORS, { maxLength: 2 }),
    actorMatch: fc.constantFrom('any' as const, 'all' as const),
    types: fc.subarray(TYPES),
    modalities: fc.subarray(MODALITIES),
    outlets: fc.subarray(OUTLETS),
    range: fc.option(
      fc.constantFrom<[string, string]>(
        ['2025-07-07', '2025-07-07'],
        ['2025-07-01', '2025-07-31'],
        ['2025-01-01', '2025-03-01'],
      ),
    ),
  })
  .map(({ range, ...f }) => ({ ...EMPTY_FILTERS, ...f, from: range?.[0] ?? null, to: range?.[1] ?? null }));

/** Sets of compared outlets (the Coverage columns), from one to all three. */
export const comparedOutlets = fc.subarray(OUTLETS, { minLength: 1 });
