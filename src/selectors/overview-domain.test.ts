import { describe, expect, it } from 'vitest';
import { chooseOverviewDomain, outlierCount, statedDays, trimToBulk } from './overview-domain.ts';
import { fixtureIndex } from './test-fixture.ts';

/** `n` days spread evenly over [from, to]. */
const spread = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) => from + Math.round(((to - from) * i) / (n - 1)));
const sorted = (...parts: number[][]) => Float64Array.from(parts.flat().sort((a, b) => a - b));
const choose = (days: Float64Array) => chooseOverviewDomain(days)!;

describe('chooseOverviewDomain', () => {
  it('covers every day, padded, when no outlier stands apart', () => {
    const domain = choose(sorted(spread(72, 1000, 1150)));
    expect(domain).toEqual({ main: [997, 1153], earlier: null, later: null });
  });

  it('leaves a lone early event to an "earlier" stub instead of stretching the axis', () => {
    const domain = choose(sorted([500], spread(72, 1000, 1150)));
    expect(domain.earlier).toEqual({ from: 500, to: 500, events: 1 });
    expect(domain.main[0]).toBeGreaterThan(990);
    expect(domain.main[1]).toBe(1153);
    expect(domain.later).toBeNull();
  });

  it('does the same for late outliers, and for both edges at once', () => {
    const late = choose(sorted(spread(60, 1000, 1100), [1400, 1405]));
    expect(late.later).toEqual({ from: 1400, to: 1405, events: 2 });
    expect(late.main[1]).toBeLessThan(1110);
    const both = choose(sorted([200], spread(60, 1000, 1100), [1400]));
    expect(both.earlier?.from).toBe(200);
    expect(both.later?.from).toBe(1400);
  });

  it('keeps a group holding 5% of the events or more on the axis', () => {
    const domain = choose(sorted(spread(4, 500, 510), spread(40, 1000, 1150)));
    expect(domain.earlier).toBeNull();
    expect(domain.main[0]).toBeLessThan(500);
  });

  it('keeps an outlier whose gap is no wider than the bulk itself', () => {
    expect(choose(sorted([900], spread(72, 1000, 1150))).earlier).toBeNull();
  });

  it('leaves a small corpus alone: with few events there is no bulk to speak of', () => {
    expect(choose(sorted([100], spread(10, 1000, 1010))).earlier).toBeNull();
  });

  it('returns null without days', () => {
    expect(chooseOverviewDomain(new Float64Array(0))).toBeNull();
  });
});

describe('outlierCount', () => {
  it('counts the passing events among those of the outlying days', () => {
    const days = Float64Array.from([500, 501, 1000, 1001, 1002]);
    const order = Uint32Array.from([4, 0, 1, 2, 3]);
    const pass = Uint8Array.from([1, 1, 1, 0, 0]);
    expect(outlierCount({ from: 500, to: 501, events: 2 }, days, order, pass)).toBe(1);
    expect(outlierCount({ from: 1001, to: 1002, events: 2 }, days, order, pass)).toBe(1);
  });
});

describe('trimToBulk', () => {
  const domain = choose(sorted([500], spread(72, 1000, 1150)));
  it("trims a chart's extent to the bulk when an outlier was left out", () => {
    expect(trimToBulk([500, 1150], domain)).toEqual([997, 1150]);
    expect(trimToBulk([1010, 1100], domain)).toBeNull();
  });
  it('leaves an extent wholly on outlying days, and a corpus without outliers, alone', () => {
    expect(trimToBulk([500, 500], domain)).toBeNull();
    expect(trimToBulk([1000, 1150], choose(sorted(spread(72, 1000, 1150))))).toBeNull();
    expect(trimToBulk(null, domain)).toBeNull();
  });
});

describe('statedDays', () => {
  it("lists the stated dates' days in order, leaving out publication-day fallbacks", () => {
    const index = fixtureIndex();
    const days = Array.from(statedDays(index));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days.length).toBe(index.dated.reduce((n, d) => n + d, 0));
  });
});
