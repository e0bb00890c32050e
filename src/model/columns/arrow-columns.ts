import {
  type Data,
  type DataType,
  Dictionary,
  Field,
  Float64,
  Int32,
  List,
  makeData,
  makeVector,
  Struct,
  Uint32,
  Uint8,
  Utf8,
} from 'apache-arrow';
import type { DictColumn } from './column-layout.ts';
import { NO_CODE } from './column-layout.ts';
import type { ColumnKind } from './column-spec.ts';
import { type Utf8Column, utf16LengthOf } from './utf8-column.ts';

// One column of the layout to Arrow data and back, by its kind (column-spec.ts). Numbers are written as the
// typed arrays they are; strings as Arrow Utf8 (offsets into UTF-8 bytes, a validity bitmap when one is null).

type Scalar = 'u8' | 'u32' | 'i32' | 'f64';
type NumberArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

const ARROW_TYPE = { u8: () => new Uint8(), u32: () => new Uint32(), i32: () => new Int32(), f64: () => new Float64() };
const ARRAY_TYPE = { u8: Uint8Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array };

/** The Arrow type of a column kind. */
export function arrowTypeOf(kind: ColumnKind): DataType {
  if (typeof kind === 'object' && 'list' in kind) return new List(new Field('item', ARROW_TYPE[kind.list](), false));
  if (typeof kind === 'object') return new List(new Field('item', recordType(kind.records), false));
  if (kind === 'utf8' || kind === 'text') return new Utf8();
  if (kind === 'dict') return new Dictionary(new Utf8(), new Int32());
  return ARROW_TYPE[kind]();
}

function recordType(fields: Record<string, 'u32' | 'f64' | 'utf8'>): Struct {
  return new Struct(Object.entries(fields).map(([name, kind]) => new Field(name, arrowTypeOf(kind), kind === 'utf8')));
}

/** Arrow data of a column value (its shape given by its kind). */
export function toArrowData(kind: ColumnKind, value: unknown): Data {
  if (typeof kind === 'object') return listData(kind, value as Record<string, unknown> & { offsets: Int32Array });
  if (kind === 'utf8') return utf8Data(value as (string | null)[]);
  if (kind === 'text') return textData(value as Utf8Column);
  if (kind === 'dict') return dictData(value as DictColumn);
  const array = value as NumberArray;
  return makeData({ type: ARROW_TYPE[kind](), length: array.length, data: array } as never);
}

function listData(kind: Exclude<ColumnKind, string>, value: Record<string, unknown> & { offsets: Int32Array }): Data {
  const rows = value.offsets.length - 1;
  const type = arrowTypeOf(kind) as List;
  const items = value.offsets[rows]!;
  const child =
    'list' in kind
      ? toArrowData(kind.list, value.values)
      : makeData({
          type: type.children[0]!.type as Struct,
          length: items,
          children: Object.entries(kind.records).map(([name, k]) => toArrowData(k, value[name])),
        });
  return makeData({ type, length: rows, valueOffsets: value.offsets, child } as never);
}

const encoder = new TextEncoder();

/** Strings as Arrow Utf8: one UTF-8 buffer, offsets, and a validity bitmap when some are null. */
export function utf8Data(strings: readonly (string | null)[]): Data<Utf8> {
  const n = strings.length;
  const offsets = new Int32Array(n + 1);
  let bytes: Uint8Array<ArrayBuffer> = new Uint8Array(Math.max(64, n * 16));
  let at = 0;
  let nulls = 0;
  const valid = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    if (s === null || s === undefined) nulls++;
    else {
      valid[i >> 3]! |= 1 << (i & 7);
      if (at + s.length * 3 > bytes.length) bytes = grow(bytes, at + s.length * 3);
      at += encoder.encodeInto(s, bytes.subarray(at)).written;
    }
    offsets[i + 1] = at;
  }
  const props = { type: new Utf8(), length: n, valueOffsets: offsets, data: bytes.subarray(0, at) };
  return makeData(nulls ? { ...props, nullCount: nulls, nullBitmap: valid } : props);
}

/** A column already held as UTF-8 as Arrow Utf8, its buffers as they are. */
function textData(column: Utf8Column): Data<Utf8> {
  const { offsets, bytes } = column;
  const base = offsets[0]!;
  const zeroBased = base === 0 ? offsets : offsets.map((o) => o - base);
  const data = bytes.subarray(base, offsets[offsets.length - 1]);
  return makeData({ type: new Utf8(), length: offsets.length - 1, valueOffsets: zeroBased, data });
}

function grow(bytes: Uint8Array, needed: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(Math.max(needed, bytes.length * 2));
  bigger.set(bytes);
  return bigger;
}

function dictData(column: DictColumn): Data {
  const n = column.codes.length;
  const valid = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (column.codes[i] === NO_CODE) nulls++;
    else valid[i >> 3]! |= 1 << (i & 7);
  }
  const dictionary = makeVector(utf8Data(column.values));
  const type = new Dictionary(new Utf8(), new Int32());
  return makeData({
    type,
    length: n,
    data: column.codes,
    nullCount: nulls,
    nullBitmap: nulls ? valid : null,
    dictionary,
  } as never);
}

/** A column value back from Arrow data, in the shape its kind has in column-layout.ts. */
export function fromArrowData(kind: ColumnKind, data: Data): unknown {
  if (typeof kind === 'object') return listValue(kind, data);
  if (kind === 'utf8') return utf8Strings(data as Data<Utf8>);
  if (kind === 'text') return utf8Bytes(data as Data<Utf8>);
  if (kind === 'dict') return dictValue(data);
  return numbers(kind, data);
}

function numbers(kind: Scalar, data: Data): NumberArray {
  const values = data.values as NumberArray;
  if (!(values instanceof ARRAY_TYPE[kind])) throw new Error(`expected ${kind} values, found ${String(data.type)}`);
  return values.subarray(data.offset, data.offset + data.length);
}

function listValue(kind: Exclude<ColumnKind, string>, data: Data): Record<string, unknown> {
  const offsets = (data.valueOffsets as Int32Array).subarray(data.offset, data.offset + data.length + 1);
  const child = data.children[0];
  if (!child || !(offsets instanceof Int32Array)) throw new Error(`expected a list, found ${String(data.type)}`);
  if ('list' in kind) return { offsets, values: numbers(kind.list, child) };
  const fields = Object.entries(kind.records).map(([name, k]) => {
    const index = (child.type as Struct).children.findIndex((f) => f.name === name);
    if (index < 0) throw new Error(`list of records without field "${name}"`);
    return [name, fromArrowData(k, child.children[index]!)] as const;
  });
  return { offsets, ...Object.fromEntries(fields) };
}

const decoder = new TextDecoder();

/**
 * A string column's Arrow buffers as they lie in the file (views, nothing copied): UTF-8 bytes, each row's
 * byte offsets and the validity bits (null when no row is null). The bundle worker hands string columns to
 * the page in this form, transferred with the file, and the page decodes them: cheaper than a structured
 * clone of a string per row.
 */
export type PackedStrings = {
  offsets: Int32Array;
  bytes: Uint8Array;
  /** Validity bits, row i at bit validFrom + i; null when every row has a value. */
  valid: Uint8Array | null;
  validFrom: number;
};

/** The buffers of Arrow Utf8 data. */
export function packedStringsOf(data: Data<Utf8>): PackedStrings {
  if (!(data.type instanceof Utf8)) throw new Error(`expected strings, found ${String(data.type)}`);
  const n = data.length;
  // A column of nulls only may come without offsets or bytes.
  if (data.nullCount === n)
    return {
      offsets: new Int32Array(n + 1),
      bytes: new Uint8Array(0),
      valid: new Uint8Array((n + 7) >> 3),
      validFrom: 0,
    };
  const offsets = data.valueOffsets.subarray(data.offset, data.offset + n + 1);
  const valid = data.nullCount > 0 ? data.nullBitmap : null;
  return { offsets, bytes: data.values, valid, validFrom: data.offset };
}

/** Strings of Arrow Utf8 data. */
export function utf8Strings(data: Data<Utf8>): (string | null)[] {
  return unpackStrings(packedStringsOf(data));
}

/**
 * The strings of packed buffers: the bytes decoded once, then cut where each value starts. A value's start
 * in UTF-16 units is counted from the bytes (a lead byte is one unit, a four-byte one two), which costs one
 * pass over the bytes instead of a decoder call per value.
 */
export function unpackStrings(packed: PackedStrings): (string | null)[] {
  const { offsets, bytes, valid, validFrom } = packed;
  const n = offsets.length - 1;
  const isValid = (i: number) => !valid || (valid[(validFrom + i) >> 3]! & (1 << ((validFrom + i) & 7))) !== 0;
  // A column of nulls and empty strings (most optional text columns): nothing to decode.
  if (offsets[n] === offsets[0]) {
    const blank = new Array<string | null>(n);
    for (let i = 0; i < n; i++) blank[i] = isValid(i) ? '' : null;
    return blank;
  }
  const whole = decoder.decode(bytes.subarray(offsets[0], offsets[n]));
  const units = unitOffsets(bytes, offsets);
  const out = new Array<string | null>(n);
  for (let i = 0; i < n; i++) out[i] = isValid(i) ? whole.slice(units[i], units[i + 1]) : null;
  return out;
}

/** Strings of Arrow Utf8 data kept as bytes: views into the file's buffer, nothing decoded. */
function utf8Bytes(data: Data<Utf8>): Utf8Column {
  if (!(data.type instanceof Utf8)) throw new Error(`expected strings, found ${String(data.type)}`);
  if (data.nullCount > 0) throw new Error(`${data.nullCount} null strings in a column that has none`);
  return { offsets: data.valueOffsets.subarray(data.offset, data.offset + data.length + 1), bytes: data.values };
}

/** Each row's start as an offset in UTF-16 units of the decoded string (from the first row's start). */
function unitOffsets(bytes: Uint8Array, offsets: Int32Array): Uint32Array {
  const units = new Uint32Array(offsets.length);
  for (let i = 1; i < offsets.length; i++)
    units[i] = units[i - 1]! + utf16LengthOf(bytes, offsets[i - 1]!, offsets[i]!);
  return units;
}

function dictValue(data: Data): DictColumn {
  if (!(data.type instanceof Dictionary) || !data.dictionary)
    throw new Error(`expected a dictionary, found ${String(data.type)}`);
  const codes = Int32Array.from((data.values as Int32Array).subarray(data.offset, data.offset + data.length));
  const valid = data.nullBitmap;
  if (data.nullCount > 0 && valid) {
    for (let i = 0; i < codes.length; i++) {
      const bit = data.offset + i;
      if (!(valid[bit >> 3]! & (1 << (bit & 7)))) codes[i] = NO_CODE;
    }
  }
  const values = data.dictionary.data.flatMap((d) => utf8Strings(d as Data<Utf8>)).map((s) => s ?? '');
  return { codes, values };
}
