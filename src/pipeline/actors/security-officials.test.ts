import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const DAY = '2025-07-07'; // a Monday

describe("a state's security officials", () => {
  it('speak for its government, not its police', () => {
    expect(dyadLine('Israeli security officials met Egyptian mediators in Cairo on Monday.', 'CONSULT', DAY)).toBe(
      'isr>egy',
    );
    expect(
      dyadLine('Pakistani security officials accused Kabul of sheltering the attackers on Tuesday.', 'ACCUSE', DAY),
    ).toMatch(/^pak>/);
  });

  it('leaves police officials to the police', () => {
    expect(dyadLine('Georgian police officials detained two opposition activists on Monday.', 'COERCE', DAY)).toMatch(
      /^geo-police>/,
    );
  });
});
