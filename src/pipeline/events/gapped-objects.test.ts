import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const eventsOfType = (text: string, type: string) =>
  eventsOf(text, '2025-05-10')
    .filter((e) => e.type === type)
    .map((e) => ({ parties: `${e.source.join('+')}>${e.target.join('+')}`, date: e.date }));

describe('a relative clause whose object is the noun it describes', () => {
  it('reports the clause\'s own agreement with "that", "which" or no relative word', () => {
    expect(
      eventsOfType('The truce that Ethiopia and the TPLF signed in Pretoria in 2022 fell apart.', 'AGREE'),
    ).toEqual([{ parties: 'eth+tplf>', date: '2022-01-01' }]);
    expect(eventsOfType('The deal which Serbia and Kosovo reached in 2023 has stalled.', 'AGREE')).toEqual([
      { parties: 'srb+xkx>', date: '2023-01-01' },
    ]);
    expect(eventsOfType('The accord Armenia and Azerbaijan initialled in August awaits signature.', 'AGREE')).toEqual([
      { parties: 'arm+aze>', date: '2024-08-01' },
    ]);
  });

  it('leaves the main clause its own date and object', () => {
    expect(eventsOfType('The truce that Sudan and the RSF signed in Jeddah collapsed in March.', 'AGREE')).toEqual([
      { parties: 'sdn+rsf>', date: '2025-05-10' },
    ]);
    expect(eventsOfType('The pact that Russia and North Korea signed in June 2024 alarmed Seoul.', 'AGREE')).toEqual([
      { parties: 'rus+prk>', date: '2024-06-01' },
    ]);
  });

  it('reads any verb-and-object pattern so, not only agreements', () => {
    expect(eventsOfType('The sanctions the EU adopted on Friday hit Russian banks.', 'SANCTION')[0]?.parties).toMatch(
      /^eu>/,
    );
  });

  it("needs the pattern's object noun before the clause", () => {
    expect(eventsOfType('The crossing that Thailand and Cambodia signed off on reopened.', 'AGREE')).toEqual([]);
    expect(eventsOfType('The villages that Rwanda and Congo signed over were emptied.', 'AGREE')).toEqual([]);
  });
});
