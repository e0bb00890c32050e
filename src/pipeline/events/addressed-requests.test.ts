import { describe, expect, it } from 'vitest';
import { dyadLine, eventsOf } from '../test-support/resources.ts';

// Who a request is made to and whose demand a concession meets: the party named in the verb's phrase, not
// lost. The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('asking a party for something', () => {
  it('is a REQUEST to the party asked (CAMEO 02: ask for)', () => {
    expect(dyads('Somalia asked the African Union for more troops on Friday.', 'REQUEST')).toBe('som>african-union');
    expect(dyads('Jordan asked Israel for permission to fly aid into the West Bank.', 'REQUEST')).toBe('jor>isr');
  });

  it('is no request to anyone when a speaker only asked for anonymity', () => {
    expect(dyads('An official, who asked for anonymity, said the talks had stalled.', 'REQUEST')).toBe('');
  });
});

describe("meeting, accepting or bowing to a party's demand or pressure", () => {
  it('is a CONCEDE to the party whose demand or pressure it is', () => {
    expect(dyads("Mexico accepted Washington's demand to station troops at the border.", 'CONCEDE')).toBe('mex>usa');
    expect(dyads('Serbia bowed to EU pressure and removed the barricades.', 'CONCEDE')).toBe('srb>eu');
    expect(dyads('Georgia yielded to Russian pressure on Monday.', 'CONCEDE')).toBe('geo>rus');
  });
});

describe('a call or demand from a party to act ("calls from X to")', () => {
  it('is a REQUEST by the party it comes from, to the one who answers it, also when rejected', () => {
    expect(dyads('Israel dismissed calls from France to halt the offensive.', 'REQUEST')).toBe('fra>isr');
    expect(dyads('Maduro ignored appeals from Brazil to publish the vote tallies.', 'REQUEST')).toBe(
      'bra>nicolas-maduro',
    );
  });

  it('gives the act asked for to the party asked, not the one asking', () => {
    const asked = eventsOf('Israel dismissed calls from France to halt the offensive.', '2025-03-10').filter(
      (e) => e.type === 'RETREAT',
    );
    expect(asked.map((e) => e.source.join('+'))).toEqual(['isr']);
  });
});
