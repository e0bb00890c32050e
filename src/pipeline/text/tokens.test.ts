import { describe, expect, it } from 'vitest';
import { tokenMask, tokensOfSpans, tokenize, wordsAt } from './tokens.ts';

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

describe('tokensOfSpans', () => {
  it('holds the tokens of every span but the one left out, as a set of their indices would', () => {
    const spans = [
      { tokenStart: 0, tokenEnd: 2 },
      { tokenStart: 4, tokenEnd: 5 },
      { tokenStart: 5, tokenEnd: 8 },
    ];
    for (const except of [null, ...spans]) {
      const others = spans.filter((s) => s !== except);
      const indices = new Set(
        others.flatMap((s) => Array.from({ length: s.tokenEnd - s.tokenStart }, (_, k) => s.tokenStart + k)),
      );
      const set = tokensOfSpans(spans, except);
      for (let i = -1; i <= 9; i++) expect(set.has(i)).toBe(indices.has(i));
    }
  });

  it('leaves out the trigger itself: the other triggers of "Delhi condemned the strike and recalled its envoy"', () => {
    const text = 'Delhi condemned the strike and recalled its envoy.';
    const tokens = tokenize(text, 0, text.length);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    const condemned = { tokenStart: at('condemned'), tokenEnd: at('condemned') + 1 };
    const recalled = { tokenStart: at('recalled'), tokenEnd: at('recalled') + 1 };
    const others = tokensOfSpans([condemned, recalled], condemned);
    expect(tokens.filter((_, i) => others.has(i)).map((t) => t.text)).toEqual(['recalled']);
  });
});

describe('wordsAt', () => {
  const tokens = tokenize('Lima would resume talks only if Quito Withdrew its envoy');

  it('finds lower-case words one after the other at a token, whatever their case in the text', () => {
    expect(wordsAt(tokens, 4, ['only', 'if'])).toBe(true);
    expect(wordsAt(tokens, 6, ['quito', 'withdrew'])).toBe(true);
    expect(wordsAt(tokens, 0, ['lima'])).toBe(true);
  });

  it('is false when a word differs, the words run past the sentence or start before it', () => {
    expect(wordsAt(tokens, 4, ['only', 'when'])).toBe(false);
    expect(wordsAt(tokens, 9, ['envoy', 'said'])).toBe(false);
    expect(wordsAt(tokens, -1, ['lima'])).toBe(false);
  });
});
