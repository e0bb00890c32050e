import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-03-11')
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe('people a state holds, frees or arrests stand for their own state', () => {
  it('makes released soldiers and detainees their state', () => {
    expect(dyads('Azerbaijan freed four Armenian soldiers on Monday.', 'RETREAT')).toEqual([[['aze'], ['arm']]]);
    expect(dyads('Caracas released six American detainees on Friday.', 'RETREAT')).toEqual([[['ven'], ['usa']]]);
    expect(dyads('Kyiv handed back twelve Russian soldiers at the border.', 'RETREAT')).toEqual([[['ukr'], ['rus']]]);
  });

  it('makes arrested nationals their state', () => {
    expect(dyads('Indian police arrested a Pakistani fisherman near Gujarat on Sunday.', 'COERCE')).toEqual([
      [['ind-police'], ['pak']],
    ]);
    expect(dyads('Rwandan forces detained two Congolese journalists in Goma.', 'COERCE')).toEqual([
      [['rwa-military'], ['cod']],
    ]);
  });

  it("makes a sanction on a state's firms a sanction on the state", () => {
    expect(dyads('Japan sanctioned eleven Chinese companies on Friday.', 'SANCTION')).toEqual([[['jpn'], ['chn']]]);
  });

  it("keeps the sector of arrested soldiers and of a state's own people held by its authorities", () => {
    expect(dyads('Azerbaijan detained two Armenian soldiers near Lachin on Monday.', 'COERCE')).toEqual([
      [['aze'], ['arm-military']],
    ]);
    expect(dyads('Kenyan police arrested three Kenyan journalists in Nairobi.', 'COERCE')).toEqual([
      [['ken-police'], ['ken-media']],
    ]);
  });

  it('keeps the sector of soldiers who are fought', () => {
    expect(dyads('Israeli troops fired on Egyptian soldiers at the border.', 'ASSAULT')).toEqual([
      [['idf'], ['egy-military']],
    ]);
  });

  it("does not fold the people's release into their own state's act in the same sentence", () => {
    expect(
      dyads(
        'Negotiators are still arguing over whether Armenian detainees are released first and when Armenia would begin pulling back its troops.',
        'RETREAT',
      ),
    ).toEqual([[['arm'], []]]);
    expect(
      dyads(
        'The dispute is over whether Russian prisoners are freed first and when Russia would begin withdrawing its troops from Zaporizhzhia.',
        'RETREAT',
      ),
      // Troops withdrawn from a named place withdraw from its state (troop-movements.ts), not from the prisoners.
    ).toEqual([[['rus'], ['ukr']]]);
  });
});
