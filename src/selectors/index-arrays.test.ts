import { describe, expect, it } from 'vitest';
import { encodeArrowBundle, readArrowBundle } from '../model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../model/columns/bundle-columns.ts';
import { loadedBundleOfColumns } from '../model/columns/loaded-bundle.ts';
import { transferablesOf } from '../data/bundle-worker-messages.ts';
import { type BundleIndex, buildBundleIndex } from './bundle-index.ts';
import { buildIndexArrays } from './index-arrays.ts';
import { fixtureBundle } from './test-fixture.ts';

/** The fixture's columns as the worker has them after decoding bundle.arrow. */
function decodedColumns() {
  const { columns } = bundleToColumns(fixtureBundle(), (n) => `fixture.texts-${n}.json`);
  const read = readArrowBundle(encodeArrowBundle(columns));
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.columns;
}

function typedParts(index: BundleIndex): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(index))
    if (ArrayBuffer.isView(value)) parts[key] = Array.from(value as Uint32Array);
  return parts;
}

describe('index arrays built in the worker', () => {
  it('cross to the page with the columns, transferred, and give the index the page would build', () => {
    const columns = decodedColumns();
    const arrays = buildIndexArrays(columns);
    const message = { columns, arrays };
    const moved = structuredClone(message, { transfer: transferablesOf(message) });
    expect(columns.events.day.length).toBe(0); // detached: moved, not copied
    const given = buildBundleIndex(loadedBundleOfColumns(moved.columns), moved.arrays);
    const built = buildBundleIndex(loadedBundleOfColumns(decodedColumns()));
    expect(typedParts(given)).toEqual(typedParts(built));
    expect(given.extent).toEqual(built.extent);
    expect([...given.actorsOf(0)]).toEqual([...built.actorsOf(0)]);
  });

  it('are refused when they do not fit the bundle, instead of indexing the wrong events', () => {
    const columns = decodedColumns();
    const arrays = buildIndexArrays(columns);
    const short = { ...arrays, day: arrays.day.subarray(1) };
    expect(() => buildBundleIndex(loadedBundleOfColumns(columns), short)).toThrow(/day \d+, expected \d+/);
    const other = { ...arrays, eventCount: arrays.eventCount + 1 };
    expect(() => buildBundleIndex(loadedBundleOfColumns(columns), other)).toThrow(/do not fit the bundle/);
  });
});
