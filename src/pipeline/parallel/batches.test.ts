import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../events/extract-events.ts';
import { splitIntoBatches } from './batches.ts';

const article = (i: number, length = 10): ArticleInput => ({ id: `a${i}`, text: 'x'.repeat(length), published: null });

describe('splitIntoBatches', () => {
  it('covers every article once, in order, each batch knowing where it starts', () => {
    const inputs = Array.from({ length: 1000 }, (_, i) => article(i));
    const batches = splitIntoBatches(inputs, 3);
    expect(batches.flatMap((b) => b.inputs)).toEqual(inputs);
    for (const b of batches) expect(b.inputs[0]).toBe(inputs[b.first]);
  });

  it('gives each worker several batches, of at most 64 articles', () => {
    expect(
      splitIntoBatches(
        Array.from({ length: 80 }, (_, i) => article(i)),
        2,
      ),
    ).toHaveLength(16);
    expect(
      Math.max(
        ...splitIntoBatches(
          Array.from({ length: 10_000 }, (_, i) => article(i)),
          2,
        ).map((b) => b.inputs.length),
      ),
    ).toBe(64);
  });

  it('puts a very long article in a batch of its own', () => {
    const inputs = [article(0), article(1, 3 << 20), article(2)];
    expect(splitIntoBatches(inputs, 1).map((b) => b.inputs.map((a) => a.id))).toEqual([['a0'], ['a1'], ['a2']]);
  });

  it('returns no batch for no article', () => {
    expect(splitIntoBatches([], 4)).toEqual([]);
  });
});
