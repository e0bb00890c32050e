import { describe, expect, it } from 'vitest';
import { eventsOf, projectResources } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { findIntroductions, newInferredPeople } from './infer-people.ts';

/** The people a sentence introduces: name, country, affiliation and office. */
const introduced = (text: string) =>
  findIntroductions(tokenize(text), projectResources().gazetteer, newInferredPeople()).map(({ actor }) => ({
    name: actor.name,
    country: actor.country,
    affiliation: actor.affiliation,
    office: actor.roles[0]?.office,
  }));

describe('an unknown name introduced by an office, with or without its owner', () => {
  it('takes the state a seat names in an apposition or before the title', () => {
    expect(introduced('Dmitri Novikov, Moscow’s envoy, arrived in Baku on Monday.')).toEqual([
      { name: 'Dmitri Novikov', country: 'RUS', affiliation: 'rus', office: 'envoy' },
    ]);
    expect(introduced("Kyiv's envoy Oksana Melnyk met Lavrov in Istanbul.")).toEqual([
      { name: 'Oksana Melnyk', country: 'UKR', affiliation: 'ukr', office: 'envoy' },
    ]);
  });

  it('makes a person of an office alone, before the name or in apposition', () => {
    expect(introduced('Visiting envoy Aisha Bello met Sudan’s army chief on Tuesday.')).toEqual([
      { name: 'Aisha Bello', country: null, affiliation: null, office: 'envoy' },
    ]);
    expect(introduced('Chief negotiator Lena Okafor met Kagame in Kigali.')[0]?.name).toBe('Lena Okafor');
    expect(introduced('Tomas Varga, the special envoy, met Pashinyan in Yerevan.')[0]?.name).toBe('Tomas Varga');
  });

  it('does not make a person of a known name, a plain noun phrase or a title owned by a name before it', () => {
    expect(introduced('President Vladimir V. Putin met Kim in Pyongyang.')).toEqual([]);
    expect(introduced('Special envoys arrived in Doha on Monday.')).toEqual([]);
    expect(introduced('Tomas Varga, the special envoy of the Union, met Pashinyan.')).toEqual([]);
  });
});

describe('an inferred visitor fills the visitor and source slots', () => {
  const consults = (text: string) =>
    eventsOf(text, '2025-05-10')
      .filter((e) => e.type === 'CONSULT')
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

  it('is the one who visits or meets, and later mentions of the surname are the same person', () => {
    expect(consults('Dmitri Novikov, the Russian envoy, arrived in Baku on Monday.')).toEqual(['dmitri-novikov>aze']);
    expect(consults('Senior diplomat Jonas Eklund arrived in Kinshasa on Monday.')).toEqual(['jonas-eklund>cod']);
    expect(consults('Visiting envoy Aisha Bello met Burhan in Port Sudan. Bello later met Hemedti in Nyala.')).toEqual([
      'aisha-bello>abdel-fattah-al-burhan',
      'aisha-bello>mohamed-hamdan-dagalo',
    ]);
  });
});

describe('a title-case headline', () => {
  it('introduces no one: every word after a title looks like a name there', () => {
    expect(introduced('Kenya And Somalia Sign Border Pact As UN Envoy Hails Breakthrough')).toEqual([]);
    expect(introduced('Chinese Envoy Visits Kabul Amid Taliban Talks')).toEqual([]);
  });
});

describe('a name the gazetteer partly knows', () => {
  const dyad = (text: string) =>
    eventsOf(text, '2025-06-14').map((e) => `${e.type} ${e.source.join('+')}>${e.target.join('+')}`);

  it('is a new person when a known family name only starts it, and later bare mentions are that person', () => {
    expect(introduced('Chinese Commerce Minister Wang Wentao met the EU trade chief in Brussels.')).toEqual([
      { name: 'Wang Wentao', country: 'CHN', affiliation: 'chn', office: expect.any(String) },
    ]);
    const text =
      'Chinese Commerce Minister Wang Wentao held talks in Brussels on Friday. Wang is expected to visit Paris next month.';
    expect(dyad(text).at(-1)).toMatch(/^CONSULT wang-wentao>/);
  });
});
