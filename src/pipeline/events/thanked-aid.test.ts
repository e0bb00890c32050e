import { describe, expect, it } from 'vitest';
import { dyadLine, eventsOf } from '../test-support/resources.ts';

// Thanks for aid report the aid. The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('thanking a party for aid', () => {
  it("adds the party thanked's AID to the thanker's state, besides the SUPPORT", () => {
    const text = "Somalia's president thanked Turkey on Friday for the humanitarian assistance.";
    expect(dyads(text, 'SUPPORT')).toBe('hassan-sheikh-mohamud>tur');
    expect(dyads(text, 'AID')).toBe('tur>som');
    expect(dyads('Armenia thanked France for a new delivery of armoured vehicles and weapons.', 'AID')).toBe('fra>arm');
  });

  it("gives the aid no day of its own: the day is the thanks's", () => {
    const aid = eventsOf('Lebanon thanked Qatar on Friday for its fuel donations.', '2025-03-10').find(
      (e) => e.type === 'AID',
    );
    expect(aid?.datePrecision).toBe('unknown');
  });

  it('adds no aid for thanks for support, help or leadership, nor a second one the sentence tells', () => {
    expect(dyads('Sudan thanked Egypt for its support.', 'AID')).toBe('');
    expect(dyads('Israel thanked Washington for its help in the talks.', 'AID')).toBe('');
    expect(dyads('Zelensky thanked Japan for its humanitarian aid to Ukraine.', 'AID')).toBe('jpn>ukr');
  });
});
