import { describe, expect, it } from 'vitest';
import { transferablesOf } from '../../data/bundle-worker-messages.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { decodeArrowBundle, encodeArrowBundle, leadingMetadataJson, readArrowBundle } from './arrow-bundle.ts';
import { bundleToColumns } from './bundle-columns.ts';
import type { BundleColumns } from './column-layout.ts';
import { validateColumns } from './validate-columns.ts';
import { fromWire } from './wire-strings.ts';

/** The fixture's columns, with a quotation's speaker and text that need UTF-8 beyond ASCII (and two UTF-16 units per flag). */
function fixtureColumns(): BundleColumns {
  const bundle = fixtureBundle();
  const quote = bundle.quotes[1]!;
  bundle.quotes[1] = { ...quote, speakerText: 'Le régime à Téhéran 🇮🇷', text: `${quote.text} 🇮🇷`, end: quote.end + 5 };
  return bundleToColumns(bundle, (n) => `fixture.texts-${n}.json`).columns;
}

function read(bytes: Uint8Array) {
  const result = readArrowBundle(bytes);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.columns;
}

function packed(bytes: Uint8Array) {
  const result = decodeArrowBundle(bytes, { packStrings: true });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.decoded;
}

describe('string columns handed over as packed buffers', () => {
  it('arrive decoded as a full read has them, nulls and non-ASCII included, after a transfer', () => {
    const bytes = encodeArrowBundle(fixtureColumns());
    const expected = read(bytes.slice());
    const decoded = packed(bytes);
    expect(Object.keys(decoded.strings)).toEqual(
      expect.arrayContaining([
        'events.id',
        'events.dateSpanText',
        'events.actorSpans.text',
        'clusters.id',
        'quotes.speakerText',
      ]),
    );
    expect(decoded.columns.events.id).toEqual([]);
    expect(decoded.columns.events.actorSpans.text).toEqual([]);
    const wire = { tables: decoded.columns, strings: decoded.strings };
    const moved = structuredClone(wire, { transfer: transferablesOf(wire) });
    expect(fromWire(moved, JSON.parse(decoded.metadataJson))).toEqual(expected);
  });

  it('are checked on their bytes with the same findings as decoded strings', () => {
    const sound = packed(encodeArrowBundle(fixtureColumns()));
    const withMetadata = (d: typeof sound): BundleColumns => ({ metadata: JSON.parse(d.metadataJson), ...d.columns });
    expect(validateColumns(withMetadata(sound), sound.strings)).toEqual([]);
    const broken = fixtureColumns();
    broken.quotes.end[1]! -= 1; // the non-ASCII quotation no longer spans its text
    broken.events.actorSpans.end[0] = broken.events.actorSpans.start[0]! + 500; // a span longer than its text or sentence
    const bytes = encodeArrowBundle(broken);
    const fromBytes = packed(bytes);
    const problems = validateColumns(withMetadata(fromBytes), fromBytes.strings);
    expect(problems).toEqual(validateColumns(decodeAll(bytes)));
    expect(problems.join('\n')).toMatch(/quotes\.1 \(.+\): offsets do not span its text/);
    expect(problems.join('\n')).toMatch(/events\.actorSpans\.0 \(event .+\): span/);
  });

  it('refuse a path that is not a string column', () => {
    const decoded = packed(encodeArrowBundle(fixtureColumns()));
    const metadata = JSON.parse(decoded.metadataJson);
    const id = decoded.strings['events.id']!;
    expect(() => fromWire({ tables: decoded.columns, strings: { 'events.nothing': id } }, metadata)).toThrow(
      /no column events.nothing/,
    );
    expect(() => fromWire({ tables: decoded.columns, strings: { 'events.day': id } }, metadata)).toThrow(
      /not a string column/,
    );
  });
});

describe('leadingMetadataJson', () => {
  it('gives the metadata from the head of the file once its first message is in, nothing before', () => {
    const columns = fixtureColumns();
    const bytes = encodeArrowBundle(columns);
    const json = JSON.stringify(columns.metadata);
    const firstMessage = 8 + new DataView(bytes.buffer, bytes.byteOffset).getInt32(4, true);
    expect(leadingMetadataJson(bytes.subarray(0, 5))).toBeUndefined();
    expect(leadingMetadataJson(bytes.subarray(0, firstMessage - 1))).toBeUndefined();
    expect(leadingMetadataJson(bytes.subarray(0, firstMessage))).toBe(json);
    expect(leadingMetadataJson(bytes)).toBe(json);
    expect(leadingMetadataJson(new TextEncoder().encode('<!doctype html><html></html>'))).toBeNull();
  });
});

/** The columns with every string decoded, unchecked (as validateColumns got them before the packed route). */
function decodeAll(bytes: Uint8Array): BundleColumns {
  const result = decodeArrowBundle(bytes);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return { metadata: JSON.parse(result.decoded.metadataJson), ...result.decoded.columns };
}
