import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A party that will act "only if" another acts demands that act (REQUEST), made when it is said; the act stays
// hypothetical. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const requests = (text: string) => typed(text).filter((e) => e[0] === 'REQUEST');

describe("an act set as the condition of one's own", () => {
  it("is the setter's demand of the party that would do it", () => {
    expect(requests('Moscow will agree to a truce only if Kyiv withdraws its troops.')).toEqual([
      ['REQUEST', ['rus'], ['ukr'], 'occurred'],
    ]);
    expect(requests('Hamas said it would free the hostages only if Israel ended the war.')).toEqual([
      ['REQUEST', ['hamas'], ['isr'], 'occurred'],
    ]);
  });

  it('is said by the speaker when the restricted clause has no act of its own', () => {
    expect(requests('Tehran said it would return to talks only if Washington lifted sanctions.')).toEqual([
      ['REQUEST', ['irn'], ['usa'], 'occurred'],
    ]);
  });

  it('leaves a plain condition a threat, not a demand', () => {
    expect(requests('Russia said it would attack if NATO sent troops.')).toEqual([]);
  });
});
