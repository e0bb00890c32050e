import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../model/bundle-schema.ts';
import { readArrowBundle, encodeArrowBundle } from '../model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../model/columns/bundle-columns.ts';
import { allRows, LazyRows } from '../model/columns/lazy-rows.ts';
import { loadedBundleOfColumns } from '../model/columns/loaded-bundle.ts';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { type BundleIndex, buildBundleIndex } from './bundle-index.ts';
import { selectEventMask } from './filter-events.ts';
import { fixtureBundle } from './test-fixture.ts';

/** The fixture as the page gets it from bundle.arrow: encoded, decoded, validated, then held as columns. */
function loadedFromArrow() {
  const { columns } = bundleToColumns(fixtureBundle(), (n) => `fixture.texts-${n}.json`);
  const read = readArrowBundle(encodeArrowBundle(columns));
  if (!read.ok) throw new Error(read.problems.join('; '));
  return loadedBundleOfColumns(read.columns);
}

/** Every typed part of an index, as plain arrays (the parts a filter change reads). */
function typedParts(index: BundleIndex): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(index))
    if (ArrayBuffer.isView(value)) parts[key] = Array.from(value as Uint32Array);
  return parts;
}

describe('the bundle index from columns', () => {
  it('is the same whether the bundle came whole (JSON) or as Arrow columns', () => {
    const whole = buildBundleIndex(fixtureBundle());
    const columnar = buildBundleIndex(loadedFromArrow());
    expect(typedParts(columnar)).toEqual(typedParts(whole));
    expect([...columnar.speakerKeys]).toEqual([...whole.speakerKeys]);
    expect([...columnar.locationNames]).toEqual([...whole.locationNames]);
    expect(columnar.extent).toEqual(whole.extent);
    expect(allRows(columnar.events)).toEqual(allRows(whole.events));
    expect(columnar.text).toEqual(whole.text);
  });

  it('makes no event object to index the bundle and filter it', () => {
    const loaded = loadedFromArrow();
    let made = 0;
    const events = loaded.events;
    const counted = new LazyRows<DiplomaticEvent>(events.length, (i) => {
      made++;
      return events.at(i)!;
    });
    const index = buildBundleIndex({ ...loaded, events: counted });
    selectEventMask(index, { ...EMPTY_FILTERS, actors: ['trump'], types: ['CONSULT'] });
    expect(made).toBe(0);
    expect(index.events.at(0)!.id).toBe(index.eventIds[0]);
    expect(made).toBe(1);
  });

  it('gives each event its distinct actors, sources first, and counts the sources', () => {
    const bundle = fixtureBundle();
    bundle.events[0] = { ...bundle.events[0]!, source: ['trump', 'netanyahu', 'trump'], target: ['netanyahu', 'iran'] };
    const index = buildBundleIndex(bundle);
    expect([...index.actorsOf(0)].map((a) => index.actorIds[a])).toEqual(['trump', 'netanyahu', 'iran']);
    expect(index.sourceCount[0]).toBe(2);
  });
});
