import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The charge an authority holds someone on is its accusation against them. Each sentence is the team's own.
const of = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);
const dyads = (text: string, type: string) => of(text, type).map((e) => [e.source, e.target]);

describe('the grounds of an arrest or a sentence as an ACCUSE', () => {
  it('reads "on charges of", "on suspicion of", "on allegations of" after the act', () => {
    expect(dyads('Russian authorities detained two Ukrainian sailors on charges of espionage.', 'ACCUSE')).toEqual([
      [['rus'], ['ukr']],
    ]);
    expect(dyads('Pakistan arrested an Indian fisherman on suspicion of spying near the border.', 'ACCUSE')).toEqual([
      [['pak'], ['ind']],
    ]);
    expect(dyads('Sudanese police jailed three opposition activists on allegations of incitement.', 'ACCUSE')).toEqual([
      [['sdn-police'], ['opposition']],
    ]);
  });

  it('reads an offence after "for" and keeps the act itself', () => {
    const text = 'Azerbaijan arrested an Armenian soldier for spying on its positions near Lachin.';
    expect(dyads(text, 'ACCUSE')).toEqual([[['aze'], ['arm-military']]]);
    expect(dyads(text, 'COERCE')).toEqual([[['aze'], ['arm-military']]]);
  });

  it("makes the charge no cooperation of its own, even against the authority's own citizens", () => {
    const text = 'A Congolese journalist was detained in Goma for collaborating with the M23 rebels.';
    expect(of(text, 'COOPERATE')).toEqual([]);
    expect(dyads(text, 'ACCUSE')).toEqual([[['cod-police'], ['cod-media']]]);
  });

  it('does not read a step of the procedure or a duration as a charge', () => {
    expect(of('Indian police detained two Pakistani nationals for questioning in Amritsar.', 'ACCUSE')).toEqual([]);
    expect(of('Israel detained a Palestinian journalist for six months without trial.', 'ACCUSE')).toEqual([]);
  });
});
