import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A speaker judging another party's act unlawful accuses it; judging its charge false rejects it.
// Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-03-14');

describe("a judgment of another party's act or charge", () => {
  it('reads "<owner> sanctions were illegal" as an ACCUSE by the speaker against the owner', () => {
    expect(typed('Minsk said the latest Lithuanian sanctions were unlawful and would fail.')).toContainEqual([
      'ACCUSE',
      ['blr'],
      ['ltu'],
      'occurred',
    ]);
    expect(typed("Caracas said Washington's blockade was illegal.")).toContainEqual([
      'ACCUSE',
      ['ven'],
      ['usa'],
      'occurred',
    ]);
  });

  it('reads "<owner> allegations were baseless" as a REJECT by the speaker, also said after it', () => {
    expect(typed("Kigali said Burundi's allegations were baseless.")).toContainEqual([
      'REJECT',
      ['rwa'],
      ['bdi'],
      'occurred',
    ]);
    expect(typed("The Azerbaijani claims are false, Armenia's defence ministry said.")).toContainEqual([
      'REJECT',
      ['arm'],
      ['aze'],
      'occurred',
    ]);
  });

  it('leaves a judgment no one is said to make without an actor', () => {
    expect(typed('The Serbian charges are baseless.')).toEqual([]);
  });
});

describe('a refusal said, and blame turned back', () => {
  it('reads "said it would ignore <owner> measures" as a REJECT made by saying so', () => {
    expect(typed('Hanoi said it would ignore the Chinese fishing ban.')).toContainEqual([
      'REJECT',
      ['vnm'],
      ['chn'],
      'occurred',
    ]);
  });

  it('reads "said <other> itself had <hostile act>" as an ACCUSE of the speaker', () => {
    expect(typed('Seoul said Pyongyang itself had deployed troops to the border.')).toContainEqual([
      'ACCUSE',
      ['kor'],
      ['prk'],
      'occurred',
    ]);
    expect(typed('Kyiv said Hungary had imposed new trade restrictions on Serbia.').map((e) => e[0])).not.toContain(
      'ACCUSE',
    );
  });
});
