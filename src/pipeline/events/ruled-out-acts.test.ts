import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Ruling out an act of one's own: the act is the refuser's and denied, and the refusal is aimed at the act's other
// party. Each sentence is the team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('an act ruled out', () => {
  it("is the refuser's own, and denied", () => {
    expect(events('Ruto ruled out meeting Museveni in Kampala.', 'CONSULT')).toEqual([
      'william-ruto>yoweri-museveni denied',
    ]);
    expect(events('Bogota ruled out any negotiations with the ELN.', 'CONSULT')).toEqual(['col>eln denied']);
    expect(events('Tokyo ruled out imposing sanctions on Beijing.', 'SANCTION')).toEqual(['jpn>chn denied']);
  });

  it('makes the refusal aimed at the act’s other party', () => {
    expect(events('Ruto ruled out meeting Museveni in Kampala.', 'REJECT')).toEqual([
      'william-ruto>yoweri-museveni occurred',
    ]);
  });

  it('leaves an act not ruled out as it is told', () => {
    expect(events('Ruto met Museveni in Kampala.', 'CONSULT')).toEqual(['william-ruto>yoweri-museveni occurred']);
  });
});
