import { type PackedStrings, unpackStrings } from './arrow-columns.ts';
import type { BundleColumns } from './column-layout.ts';

// The string columns' hand-over from the bundle worker to the page: the worker sends their packed buffers
// (views into the fetched file, transferred with it) in place of the decoded strings, and the page decodes
// them again. A structured clone of a string per row took seconds at a million events; decoding takes a
// fraction of that, and the worker does not serialise them at all.

/** A bundle's columns as the worker posts them: string columns empty, their buffers beside them by path. */
export type WireColumns = { columns: BundleColumns; strings: Record<string, PackedStrings> };

/** The columns with the string columns at these paths emptied (in place: the worker posts them and lets go). */
export function toWire(columns: BundleColumns, strings: Record<string, PackedStrings>): WireColumns {
  for (const path of Object.keys(strings)) {
    const [holder, key] = holderOf(columns, path);
    if (!Array.isArray(holder[key])) throw new Error(`${path} is not a string column`);
    holder[key] = [];
  }
  return { columns, strings };
}

/** The columns with every string column decoded back from its buffers (in place). */
export function fromWire(wire: WireColumns): BundleColumns {
  for (const [path, packed] of Object.entries(wire.strings)) {
    const [holder, key] = holderOf(wire.columns, path);
    holder[key] = unpackStrings(packed);
  }
  return wire.columns;
}

/** The object holding a path's column ("events.actorSpans.text": events.actorSpans) and the column's key; an error for an unknown path. */
function holderOf(columns: BundleColumns, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.');
  let holder = columns as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = holder[key];
    if (!next || typeof next !== 'object') throw new Error(`no column ${path}`);
    holder = next as Record<string, unknown>;
  }
  const key = keys[keys.length - 1]!;
  if (!(key in holder)) throw new Error(`no column ${path}`);
  return [holder, key];
}
