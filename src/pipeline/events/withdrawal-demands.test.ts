import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const DAY = '2025-07-07'; // a Monday

describe("a demand that a state's forces withdraw", () => {
  it('is made of the state, which decides the withdrawal', () => {
    expect(dyadLine('Baku demanded that Armenian troops leave the border villages on Tuesday.', 'REQUEST', DAY)).toBe(
      'aze>arm',
    );
    expect(dyadLine("Niger's junta demanded that French soldiers withdraw within a month.", 'REQUEST', DAY)).toMatch(
      />fra$/,
    );
    expect(dyadLine('Beirut urged Israeli forces to pull out of southern Lebanon on Monday.', 'REQUEST', DAY)).toBe(
      'lbn>isr',
    );
  });

  it('keeps the forces when they are asked to do what forces do', () => {
    expect(dyadLine('Kyiv urged Russian troops to stop shelling the plant on Monday.', 'REQUEST', DAY)).toBe(
      'ukr>rus-military',
    );
  });
});
