import { describe, expect, it } from 'vitest';
import { orderByDay } from './day-order.ts';

/** The order a plain comparison sort gives: days ascending, then index. */
function reference(day: number[]): number[] {
  return day
    .map((d, i) => [d, i] as const)
    .filter(([d]) => !Number.isNaN(d))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
}

describe('orderByDay', () => {
  it('orders by day then index and leaves out entries without a day', () => {
    const day = [20100, NaN, 20098, 20100, 20098, NaN, 20099];
    expect([...orderByDay(Float64Array.from(day))]).toEqual([2, 4, 6, 0, 3]);
  });

  it('agrees with a comparison sort on random days, negative ones and a sparse range included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const spread of [30, 5000, 10_000_000]) {
      const day = Array.from({ length: 2000 }, () => (random() < 0.1 ? NaN : Math.floor(random() * spread) - 1000));
      expect([...orderByDay(Float64Array.from(day))]).toEqual(reference(day));
    }
  });

  it('answers an empty order when nothing has a day', () => {
    expect(orderByDay(Float64Array.from([NaN, NaN]))).toHaveLength(0);
  });
});
