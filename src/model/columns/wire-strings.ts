import { type PackedStrings, unpackStrings } from './arrow-columns.ts';
import type { BundleColumns, BundleMetadata } from './column-layout.ts';

// The tables' hand-over from the bundle worker to the page: the worker decodes bundle.arrow with its string
// columns packed (decodeArrowBundle's `packStrings`: their buffers in the file, which is transferred anyway),
// checks them on their bytes and posts them so; the page decodes them once. The metadata goes apart, as its
// JSON text's bytes (data/bundle-worker.ts). A structured clone of a string per row took seconds at a
// million events; decoding takes a fraction of that, and the worker decodes none of them.

/** A bundle's tables as the worker posts them: string columns empty, their packed buffers beside them by path. */
export type WireColumns = { tables: Omit<BundleColumns, 'metadata'>; strings: Record<string, PackedStrings> };

/** The columns: these tables, every string column decoded from its buffers (in place), and the metadata. */
export function fromWire(wire: WireColumns, metadata: BundleMetadata): BundleColumns {
  const columns: BundleColumns = { metadata, ...wire.tables };
  for (const [path, packed] of Object.entries(wire.strings)) {
    const [holder, key] = holderOf(columns, path);
    if (!Array.isArray(holder[key])) throw new Error(`${path} is not a string column`);
    holder[key] = unpackStrings(packed);
  }
  return columns;
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
