import { describe, expect, it } from 'vitest';
import { allStrings, rowCount, stringAt, utf16Length, utf8Column } from './utf8-column.ts';

const ROWS = ['Doha condemned the strikes.', '', 'Zürich talks — “planned”', 'Emoji 🇶🇦 flag', 'last'];

describe('utf8Column', () => {
  it('gives back every row, one at a time or all at once, with non-ASCII and astral characters', () => {
    const column = utf8Column(ROWS);
    expect(rowCount(column)).toBe(ROWS.length);
    expect(ROWS.map((_, i) => stringAt(column, i))).toEqual(ROWS);
    expect(allStrings(column)).toEqual(ROWS);
  });

  it('counts UTF-16 units without decoding, as string lengths do', () => {
    const column = utf8Column(ROWS);
    expect(ROWS.map((_, i) => utf16Length(column, i))).toEqual(ROWS.map((s) => s.length));
  });

  it('holds the UTF-8 bytes end to end', () => {
    const column = utf8Column(['ab', 'é']);
    expect([...column.offsets]).toEqual([0, 2, 4]);
    expect([...column.bytes]).toEqual([0x61, 0x62, 0xc3, 0xa9]);
  });

  it('refuses a row it does not have', () => {
    expect(() => stringAt(utf8Column(['a']), 1)).toThrow(RangeError);
    expect(() => stringAt(utf8Column(['a']), -1)).toThrow(RangeError);
  });

  it('grows past its first guess of the bytes needed', () => {
    const long = 'x'.repeat(5000);
    expect(allStrings(utf8Column([long, 'y']))).toEqual([long, 'y']);
  });
});
