import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from './calendar.ts';

describe('parseIsoDay', () => {
  it('gives the same day however often a text is parsed (answers are kept)', () => {
    for (let round = 0; round < 3; round++) {
      expect(parseIsoDay('1970-01-01')).toBe(0);
      expect(parseIsoDay('2031-03-14')).toBe(22352);
      expect(formatDay(parseIsoDay('2031-03-14')!)).toBe('2031-03-14');
    }
  });

  it('keeps answering null for malformed and impossible dates', () => {
    for (let round = 0; round < 3; round++) {
      expect(parseIsoDay('2031-02-30')).toBeNull();
      expect(parseIsoDay('2031-3-14')).toBeNull();
      expect(parseIsoDay('')).toBeNull();
    }
  });

  it('still parses correctly after more distinct texts than it keeps', () => {
    for (let i = 0; i < 100_050; i++) parseIsoDay(`x${i}`);
    expect(parseIsoDay('2031-03-15')).toBe(22353);
    expect(parseIsoDay('x7')).toBeNull();
  });
});
