import { describe, expect, it } from 'vitest';
import { dyadLine, eventsOf } from '../test-support/resources.ts';

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

describe('"the bloc" after the article named an intergovernmental organisation', () => {
  it('is the organisation named last', () => {
    expect(
      dyadLine(
        'ASEAN foreign ministers met in Kuala Lumpur on Monday. The bloc urged Myanmar to free Aung San Suu Kyi.',
        'REQUEST',
        '2021-10-18',
      ),
    ).toMatch(/^asean>mmr/);
    expect(
      dyadLine(
        'ECOWAS leaders met in Abuja on Sunday. The regional bloc imposed sanctions on Niger.',
        'SANCTION',
        '2023-07-31',
      ),
    ).toMatch(/^ecowas>ner/);
  });

  it('takes a count of members before the noun', () => {
    expect(
      dyadLine(
        'The EU agreed on new measures on Monday. The 27-nation bloc imposed sanctions on three Russian banks.',
        'SANCTION',
        '2025-03-03',
      ),
    ).toMatch(/^eu>rus/);
  });

  it('is nobody when the article named no such body', () => {
    expect(dyadLine('The bloc imposed sanctions on three Iranian banks.', 'SANCTION', '2025-03-03')).not.toMatch(/^\w/);
  });
});
