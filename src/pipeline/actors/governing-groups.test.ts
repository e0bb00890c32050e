import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

describe("a group that governs a state de facto stands for the state's government over its dates", () => {
  it("reads the state's seat and its government nouns as the group after it took power", () => {
    expect(dyadLine('Islamabad accused Kabul on Monday of sheltering militants.', 'ACCUSE', '2024-05-06')).toBe(
      'pak>taliban',
    );
    expect(dyadLine('The Afghan government rejected the UN report on Tuesday.', 'REJECT', '2023-02-07')).toBe(
      'taliban>un',
    );
    expect(dyadLine('Afghan officials condemned the Pakistani airstrikes on Monday.', 'ACCUSE', '2024-12-30')).toMatch(
      /^taliban>pak/,
    );
  });

  it('leaves them to the state before it took power, and the country by its name', () => {
    expect(dyadLine('Islamabad accused Kabul on Monday of sheltering militants.', 'ACCUSE', '2019-05-06')).toBe(
      'pak>afg',
    );
    expect(
      dyadLine('Iran accused Afghanistan on Monday of cutting the flow of the Helmand river.', 'ACCUSE', '2023-05-22'),
    ).toMatch(/^irn>afg/);
  });
});
