import { describe, expect, it } from 'vitest';
import { transferablesOf } from '../../data/bundle-worker-messages.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { encodeArrowBundle, packedStringColumns, readArrowBundle } from './arrow-bundle.ts';
import { bundleToColumns } from './bundle-columns.ts';
import { fromWire, toWire } from './wire-strings.ts';

/** The fixture's bundle.arrow bytes, with a quotation's speaker, a span and an extra field that need UTF-8 beyond ASCII. */
function fileBytes(): Uint8Array {
  const bundle = fixtureBundle();
  bundle.quotes[1] = { ...bundle.quotes[1]!, speakerText: 'Le régime à Téhéran 🇮🇷' };
  const { columns } = bundleToColumns(bundle, (n) => `fixture.texts-${n}.json`);
  return encodeArrowBundle(columns);
}

function read(bytes: Uint8Array) {
  const result = readArrowBundle(bytes);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.columns;
}

describe('string columns handed over as packed buffers', () => {
  it('arrive decoded as the worker had them, nulls and non-ASCII included, after a transfer', () => {
    const bytes = fileBytes();
    const expected = read(bytes.slice());
    const strings = packedStringColumns(bytes);
    expect(Object.keys(strings)).toEqual(
      expect.arrayContaining([
        'events.id',
        'events.dateSpanText',
        'events.actorSpans.text',
        'clusters.id',
        'quotes.speakerText',
      ]),
    );
    const wire = toWire(read(bytes), strings);
    expect(wire.columns.events.id).toEqual([]);
    const moved = structuredClone(wire, { transfer: transferablesOf(wire) });
    expect(fromWire(moved)).toEqual(expected);
  });

  it('refuse a path that is not a string column', () => {
    const bytes = fileBytes();
    const strings = packedStringColumns(bytes);
    expect(() => toWire(read(bytes), { ...strings, 'events.nothing': strings['events.id']! })).toThrow(
      /no column events.nothing/,
    );
    expect(() => toWire(read(bytes), { 'events.day': strings['events.id']! })).toThrow(/not a string column/);
  });
});
