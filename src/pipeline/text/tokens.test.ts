import { describe, expect, it } from 'vitest';
import { tokenMask, tokenize } from './tokens.ts';

describe('tokenMask', () => {
  it('holds exactly the tokens inside the spans, as a set of their indices would', () => {
    const spans = [
      { tokenStart: 1, tokenEnd: 3 },
      { tokenStart: 2, tokenEnd: 5 },
      { tokenStart: 7, tokenEnd: 8 },
    ];
    const mask = tokenMask(10, spans);
    const indices = new Set(
      spans.flatMap((s) => Array.from({ length: s.tokenEnd - s.tokenStart }, (_, k) => s.tokenStart + k)),
    );
    for (let i = -1; i <= 11; i++) expect(mask.has(i)).toBe(indices.has(i));
  });

  it('marks a sentence’s named parties and nothing else', () => {
    const text = 'Kyiv accused Moscow of shelling Kharkiv overnight.';
    const tokens = tokenize(text, 0, text.length);
    const named = ['Kyiv', 'Moscow', 'Kharkiv'].map((w) => tokens.findIndex((t) => t.text === w));
    const mask = tokenMask(
      tokens.length,
      named.map((i) => ({ tokenStart: i, tokenEnd: i + 1 })),
    );
    expect(tokens.filter((_, i) => mask.has(i)).map((t) => t.text)).toEqual(['Kyiv', 'Moscow', 'Kharkiv']);
  });

  it('is empty for no spans and for an empty span', () => {
    const mask = tokenMask(4, [{ tokenStart: 2, tokenEnd: 2 }]);
    expect([0, 1, 2, 3].some((i) => mask.has(i))).toBe(false);
  });
});
