import type { DictColumn, ListColumn } from './column-layout.ts';
import { NO_CODE } from './column-layout.ts';

/** Builds a dictionary column value by value: codes in order of first appearance. */
export class DictBuilder {
  private readonly codes: Int32Array;
  private readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private row = 0;
  constructor(rows: number) {
    this.codes = new Int32Array(rows);
  }
  push(value: string | null): void {
    this.codes[this.row++] = value === null ? NO_CODE : this.code(value);
  }
  private code(value: string): number {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    return code;
  }
  finish(): DictColumn {
    return { codes: this.codes, values: this.values };
  }
}

/** Lays lists end to end with their offsets; `code` maps each item to its stored value. */
export function listColumn<T>(rows: readonly T[][], code: (item: T) => number): ListColumn {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.length));
  const values = new Uint32Array(offsets[rows.length]!);
  let k = 0;
  for (const row of rows) for (const item of row) values[k++] = code(item);
  return { offsets, values };
}

/** Offsets of lists of the given lengths. */
export function offsetsOf(lengths: readonly number[]): Int32Array {
  const offsets = new Int32Array(lengths.length + 1);
  lengths.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n));
  return offsets;
}

/** The index of an id in a lookup; an unknown id is an error, never a silent 0. */
export function indexOf(lookup: Map<string, number>, id: string, what: string): number {
  const i = lookup.get(id);
  if (i === undefined) throw new Error(`unknown ${what} "${id}"`);
  return i;
}

/** Positions of ids, for turning references into indices. */
export function positions(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Fields of a row that the layout does not store in a column, as JSON (null when there are none). */
export function extraOf(row: object, known: ReadonlySet<string>): string | null {
  const extra = Object.entries(row).filter(([key, value]) => !known.has(key) && value !== undefined);
  return extra.length === 0 ? null : JSON.stringify(Object.fromEntries(extra));
}

/** The values of row i of a dictionary column. */
export function dictValue(column: DictColumn, i: number): string | null {
  const code = column.codes[i]!;
  return code === NO_CODE ? null : column.values[code]!;
}

/** Row i of a list column, mapped. */
export function listValues<T>(column: ListColumn<Uint32Array | Uint8Array>, i: number, value: (v: number) => T): T[] {
  const out: T[] = [];
  for (let k = column.offsets[i]!; k < column.offsets[i + 1]!; k++) out.push(value(column.values[k]!));
  return out;
}
