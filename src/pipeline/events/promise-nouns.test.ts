import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An offer, pledge or promise named as a noun with the act it offers ("Moscow's offer to host a summit") is the
// owner's commitment, an AGREE (PLOVER: offer or promise to cooperate), as "Moscow offered to host" is. A noun
// of readiness or agreement with one party and no counterpart stays out. Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const sources = (text: string) => of(text, 'AGREE').map((e) => e.source);

describe("an owner's offer, pledge or promise to act", () => {
  it('reads "Moscow\'s offer to host a three-way summit" as an offer by Russia', () => {
    expect(sources("Moscow's offer to host a three-way summit was welcomed in Bishkek.")).toEqual([['rus']]);
  });

  it('reads "India\'s pledge to restore the water treaty" as a promise by India', () => {
    expect(sources("India's pledge to restore the water treaty drew praise in Islamabad.")).toEqual([['ind']]);
  });

  it('reads "Qatar\'s offer to mediate" as Qatar\'s offer even when another party rejects it', () => {
    const text = "Kigali rejected Qatar's offer to mediate.";
    expect(sources(text)).toEqual([['qat']]);
    expect(of(text, 'REJECT').map((e) => e.source)).toEqual([['rwa']]);
  });

  it('reads "Armenia\'s promise to withdraw" as a promise by Armenia', () => {
    expect(sources("Azerbaijan dismissed Armenia's promise to withdraw.")).toEqual([['arm']]);
  });
});

describe('no commitment without an owner or an act', () => {
  it('gives an offer named by no one no source', () => {
    expect(of('Kyiv welcomed an offer to host talks.', 'AGREE')).toEqual([]);
  });

  it('does not read an offer of a thing as an offer to act', () => {
    expect(of("Ethiopia's offer was discussed in Nairobi.", 'AGREE')).toEqual([]);
  });
});
