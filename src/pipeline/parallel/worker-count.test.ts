import { describe, expect, it } from 'vitest';
import { chooseWorkerCount, parseWorkerCount, POOL_MIN_CHARACTERS } from './worker-count.ts';

describe('parseWorkerCount', () => {
  it('takes whole numbers from 1 up', () => {
    expect(parseWorkerCount('1')).toBe(1);
    expect(parseWorkerCount('16')).toBe(16);
  });

  it('refuses zero, negatives, fractions, words and the empty string', () => {
    for (const value of ['0', '00', '-2', '1.5', '2e1', 'all', ' 2', '', '99999999999999999999'])
      expect(parseWorkerCount(value), value).toBeNull();
  });
});

describe('chooseWorkerCount', () => {
  const big = POOL_MIN_CHARACTERS;

  it('by default takes one worker per core for a corpus big enough to repay them', () => {
    expect(chooseWorkerCount(null, [big / 2, big / 2, 10], 4)).toBe(3);
    expect(
      chooseWorkerCount(
        null,
        Array.from({ length: 100 }, () => big / 50),
        4,
      ),
    ).toBe(4);
  });

  it('by default stays in this thread for a small corpus', () => {
    expect(chooseWorkerCount(null, [big / 4, big / 4], 8)).toBe(1);
  });

  it('honours an explicit count, but never starts more workers than there are articles', () => {
    expect(chooseWorkerCount(2, [10, 10, 10], 8)).toBe(2);
    expect(chooseWorkerCount(3, [10, 10], 8)).toBe(2);
    expect(chooseWorkerCount(1, [big, big], 8)).toBe(1);
  });
});
