import { describe, expect, it } from 'vitest';
import { committedDay } from './date-input-value.ts';

describe('committedDay', () => {
  it('commits a complete real day', () => {
    expect(committedDay('2024-11-05')).toBe('2024-11-05');
    expect(committedDay('1999-12-31')).toBe('1999-12-31');
  });
  it('commits nothing while the year is still being typed', () => {
    for (const partial of ['0002-11-05', '0020-11-05', '0202-11-05']) expect(committedDay(partial)).toBeUndefined();
  });
  it('commits nothing for a day that does not exist or a malformed value', () => {
    expect(committedDay('2023-02-29')).toBeUndefined();
    expect(committedDay('12024-01-01')).toBeUndefined();
    expect(committedDay('5 Nov 2024')).toBeUndefined();
  });
  it('clears on an empty field, unless the browser says a segment is only half filled', () => {
    expect(committedDay('')).toBeNull();
    expect(committedDay('', true)).toBeUndefined();
  });
});
