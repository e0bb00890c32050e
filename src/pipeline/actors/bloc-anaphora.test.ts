import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-03-08';
const parties = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('"the bloc", "the alliance" after an intergovernmental organisation was named', () => {
  it('are the organisation named last', () => {
    expect(
      parties(
        'Leaders of the Economic Community of West African States met in Accra on Monday. ' +
          'The bloc imposed sanctions on Guinea on Tuesday.',
        'SANCTION',
      ),
    ).toEqual(['ecowas>gin']);
    expect(
      parties(
        'ASEAN foreign ministers gathered in Vientiane. The regional bloc urged Myanmar to end the violence.',
        'REQUEST',
      ),
    ).toEqual(['asean>mmr']);
    expect(
      parties('NATO defence ministers met in Brussels. The alliance condemned Russia on Thursday.', 'ACCUSE'),
    ).toEqual(['nato>rus']);
  });

  it('take a count of members as a qualifier ("the 27-nation bloc")', () => {
    expect(
      parties('The European Union met in Brussels. The 27-nation bloc imposed sanctions on Iran.', 'SANCTION'),
    ).toEqual(['eu>irn']);
  });

  it("are nobody when no such organisation was named, or when the bloc is a party's", () => {
    expect(parties('Kenya hosted talks on Monday. The bloc imposed sanctions on Sudan.', 'SANCTION')).toEqual([]);
    expect(
      parties(
        'The African Union met in Addis Ababa. The opposition bloc in Kenya accused Ruto of fraud on Friday.',
        'ACCUSE',
      ).some((p) => p.startsWith('au')),
    ).toBe(false);
  });
});
