// A string column kept as its UTF-8 bytes: one buffer and each row's byte offsets, decoded per row when read.
// A page that shows ten evidence sentences decodes ten, and the bytes cross from the worker to the page as
// a transfer instead of a structured clone of a string per row.

/** Row i's string is the UTF-8 of bytes[offsets[i]] up to bytes[offsets[i + 1]] (offsets has rows + 1 entries). */
export type Utf8Column = { offsets: Int32Array; bytes: Uint8Array };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The column of these strings. */
export function utf8Column(strings: readonly string[]): Utf8Column {
  const offsets = new Int32Array(strings.length + 1);
  let bytes = new Uint8Array(Math.max(64, strings.length * 16));
  let at = 0;
  strings.forEach((s, i) => {
    if (at + s.length * 3 > bytes.length) {
      const bigger = new Uint8Array(Math.max(at + s.length * 3, bytes.length * 2));
      bigger.set(bytes.subarray(0, at));
      bytes = bigger;
    }
    at += encoder.encodeInto(s, bytes.subarray(at)).written;
    offsets[i + 1] = at;
  });
  return { offsets, bytes: bytes.subarray(0, at) };
}

/** Number of rows. */
export function rowCount(column: Utf8Column): number {
  return column.offsets.length - 1;
}

/** Row i's string; an error for a row the column does not have. */
export function stringAt(column: Utf8Column, i: number): string {
  if (!Number.isInteger(i) || i < 0 || i >= rowCount(column))
    throw new RangeError(`row ${i} of a ${rowCount(column)}-row column`);
  return decoder.decode(column.bytes.subarray(column.offsets[i], column.offsets[i + 1]));
}

/** Every row's string: the bytes decoded once, then cut where each row starts (for a whole-column pass). */
export function allStrings(column: Utf8Column): string[] {
  const n = rowCount(column);
  const { offsets, bytes } = column;
  const whole = decoder.decode(bytes.subarray(offsets[0], offsets[n]));
  const out = new Array<string>(n);
  let unit = 0;
  for (let i = 0; i < n; i++) {
    const length = utf16LengthOf(bytes, offsets[i]!, offsets[i + 1]!);
    out[i] = whole.slice(unit, unit + length);
    unit += length;
  }
  return out;
}

/** Length in UTF-16 units (what a JavaScript string's length and the bundle's offsets count) of row i, without decoding it. */
export function utf16Length(column: Utf8Column, i: number): number {
  return utf16LengthOf(column.bytes, column.offsets[i]!, column.offsets[i + 1]!);
}

/** UTF-16 units of well-formed UTF-8 bytes[from..to): one per lead byte, two for a four-byte sequence. */
export function utf16LengthOf(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let at = from; at < to; at++) {
    const b = bytes[at]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
