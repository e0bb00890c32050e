import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A measure noun with a participle and its agent ("the sanctions imposed by X", "the blockade announced by X") is
// the measure's event, typed by the noun: sanctions and tariffs SANCTION, a blockade, siege or curfew COERCE. The
// sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a measure told by its noun and a passive participle', () => {
  it("is the agent's SANCTION or COERCE of the party that reacts to it", () => {
    expect(of('Iran condemned the sanctions imposed by Washington on its oil sector.', 'SANCTION')).toBe('usa>irn');
    expect(of('Moscow rejected the sanctions adopted by the European Union.', 'SANCTION')).toBe('eu>rus');
    expect(of('Beijing denounced the tariffs announced by Washington on Friday.', 'SANCTION')).toBe('usa>chn');
    expect(of('Caracas condemned the naval blockade announced by Washington.', 'COERCE')).toBe('usa>ven');
    expect(of('Qatar criticised the blockade imposed by Saudi Arabia.', 'COERCE')).toBe('sau>qat');
  });

  it('is no event without an agent', () => {
    expect(of('Putin said the sanctions imposed on Moscow had failed.', 'SANCTION')).toBe('');
    expect(of('Putin said the sanctions imposed on Moscow had failed.', 'COERCE')).toBe('');
  });
});
