import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An infinitive after an act noun a party owns ("condemned the EU's decision to impose sanctions") is the owner's
// act, not a purpose of the verb before the noun; what is decided, pledged or ordered is planned. Each sentence is
// the team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe("an act after a party's act noun", () => {
  it('is done by the owner of the noun, not by the one who answers it', () => {
    expect(events('Moscow condemned the EU’s decision to impose new sanctions.', 'SANCTION')).toEqual([
      'eu>rus planned',
    ]);
    expect(events('Islamabad rejected New Delhi’s move to suspend the water treaty.', 'SANCTION')).toEqual([
      'ind>pak hypothetical',
    ]);
    expect(events('Israel welcomed Egypt’s proposal to host talks with Hamas.', 'CONSULT')).toEqual([
      'egy>hamas hypothetical',
    ]);
  });

  it('is planned after a decision, a pledge or an order', () => {
    expect(events('Caracas denounced Washington’s decision to impose tariffs on Venezuelan oil.', 'SANCTION')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^usa>ven planned$/)]),
    );
    expect(events('The decision to expel the Russian diplomats was taken on Monday.', 'SANCTION')).toEqual([]);
  });

  it('leaves a purpose infinitive with the verb before it', () => {
    expect(events('Opposition supporters blocked roads in Dhaka to demand new elections.', 'REQUEST')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^bgd-opposition>/)]),
    );
  });
});
