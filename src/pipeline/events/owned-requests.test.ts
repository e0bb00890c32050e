import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A request told as a noun with its owner ("the TPLF's call for a truce", "Kosovo's request for talks") is the
// owner's REQUEST, of the party that answers it. With no owner ("calls for a ceasefire") nobody is named as
// asking. The sentences are the team's own.
const requests = (text: string) => dyadLine(text, 'REQUEST', '2025-03-10');

describe('an owned call, appeal or request', () => {
  it("is the owner's REQUEST of the party that answers it", () => {
    expect(requests('Kyiv welcomed Turkey’s call for a ceasefire on Monday.')).toBe('tur>ukr');
    expect(requests("Sudan's army dismissed the RSF's appeal for talks.")).toBe('rsf>sdn');
    expect(requests("Serbia rejected Kosovo's request for talks on the north.")).toBe('xkx>srb');
  });

  it('names no one asking when the noun has no owner', () => {
    expect(requests('Netanyahu rejected calls for a ceasefire.')).toBe('');
    expect(requests('There were growing calls for a truce in Sudan.')).toBe('');
  });
});
