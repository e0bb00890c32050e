import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../events/extract-events.ts';
import { projectResources } from '../test-support/resources.ts';
import type { Token } from '../text/tokens.ts';
import { packTokens, unpackTokens } from './token-columns.ts';
import { packExtraction, unpackExtraction } from './wire.ts';

const SEEDS = resolve(import.meta.dirname, '../../../data/articles');
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

describe('extractions through the thread boundary', () => {
  it('come back equal to what the extractor made, after a structured clone, for every seed article', () => {
    for (const [i, text] of seedTexts.entries()) {
      const extraction = extractArticle({ id: `seed${i}`, text, published: '2025-07-08' }, projectResources());
      const packed = packExtraction(text, extraction);
      expect('columns' in packed.tokens).toBe(true);
      expect(unpackExtraction(text, structuredClone(packed))).toStrictEqual(extraction);
    }
  });
});

describe('token columns', () => {
  const text = 'Iran met Qatar.';
  const token = (start: number, end: number, extra: Record<string, unknown> = {}): Token => {
    const word = text.slice(start, end);
    return {
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      capitalised: /^\p{Lu}/u.test(word),
      isWord: /^\w/.test(word),
      ...extra,
    };
  };

  it('keep further string fields, and leave them out where a token had none', () => {
    const sentences = [
      [token(0, 4, { pos: 'PROPN' }), token(5, 8)],
      [],
      [token(9, 14, { pos: 'PROPN' }), token(14, 15, { pos: 'PUNCT' })],
    ];
    const columns = packTokens(text, sentences)!;
    expect(columns.extras.map((e) => [e.key, e.values])).toEqual([['pos', ['PROPN', 'PUNCT']]]);
    const back = unpackTokens(text, structuredClone(columns));
    expect(back).toStrictEqual(sentences);
    expect('pos' in back[0]![1]!).toBe(false);
  });

  it('refuse tokens they could not rebuild, so that they travel as plain objects instead', () => {
    expect(packTokens(text, [[{ ...token(0, 4), text: 'Iraq' }]])).toBeNull();
    expect(packTokens(text, [[{ ...token(0, 4), lower: 'IRAN' }]])).toBeNull();
    expect(packTokens(text, [[token(0, 4, { weight: 2 })]])).toBeNull();
    const extraction = {
      events: [],
      quotes: [],
      unresolved: new Map(),
      sentenceCount: 1,
      sentences: [
        { sentence: { index: 0, start: 0, end: 4, text: 'Iran', paragraph: 0 }, tokens: [token(0, 4, { weight: 2 })] },
      ],
    };
    const packed = packExtraction(text, extraction);
    expect('plain' in packed.tokens).toBe(true);
    expect(unpackExtraction(text, structuredClone(packed))).toStrictEqual(extraction);
  });
});
