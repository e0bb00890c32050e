import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const attacks = (text: string) => dyadLine(text, 'ASSAULT', '2025-03-22');

describe("a person's possessive before armed people names the forces loyal to that person", () => {
  it("reads a leader's troops or army as the military of the leader's state", () => {
    expect(attacks("Putin's troops attacked Ukraine on Friday.")).toBe('rus-military>ukr');
    expect(attacks("Netanyahu's army struck Lebanon on Friday.")).toMatch(/^idf>lbn/);
  });

  it("reads an armed group leader's fighters as the group", () => {
    expect(attacks("Hemedti's fighters attacked army positions on Friday.")).toMatch(/^rsf>/);
  });

  it('leaves a possessive before other nouns to the readings it had', () => {
    expect(dyadLine("Trump's envoy met Putin on Friday.", 'CONSULT', '2025-03-22')).toBe('usa>vladimir-putin');
  });
});
