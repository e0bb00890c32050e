import { describe, expect, it } from 'vitest';
import { convertStates, isDemonymOf } from './convert-states.ts';
import { parsePhoenixActors } from './parse-phoenix-actors.ts';

describe('isDemonymOf', () => {
  const states = ['Niger', 'Nigeria', 'Pakistan'];
  it('recognises demonyms made from the name', () => {
    const pairs: [string, string][] = [
      ['Pakistani', 'Pakistan'],
      ['Armenian', 'Armenia'],
      ['Lebanese', 'Lebanon'],
      ['Thai', 'Thailand'],
      ['Afghan', 'Afghanistan'],
      ['Sri Lankan', 'Sri Lanka'],
      ['Congolese', 'Congo'],
      ['Cypriot', 'Cyprus'],
    ];
    expect(pairs.filter(([d, n]) => !isDemonymOf(d, n, states))).toEqual([]);
  });

  it('rejects cities, misspellings and a longer state name', () => {
    const pairs: [string, string][] = [
      ['Karachi', 'Pakistan'],
      ['Ukrain', 'Ukraine'],
      ['Bhuttan', 'Bhutan'],
      ['Nigerian', 'Niger'],
      ['African', 'South Africa'],
    ];
    expect(pairs.filter(([d, n]) => isDemonymOf(d, n, states))).toEqual([]);
  });
});

describe('convertStates', () => {
  const text = [
    'PAKISTAN_  [PAK]',
    '+PAKISTANI_',
    '+PAKSTAN_',
    '+ISLAMIC_REPUBLIC_OF_PAKISTAN',
    '+KARACHI_',
    '+ISLAMABAD_',
    'LEIPZIG_ [PAK]',
    'SOVIET_UNION [SUN]',
  ].join('\n');
  const additions = { notStates: ['SUN'], renamedCodes: {}, states: { PAK: { seats: ['Islamabad'] } } };

  it('keeps names, official forms, demonyms and seats, and drops cities and misspellings', () => {
    expect(convertStates(parsePhoenixActors(text), additions)).toEqual([
      {
        id: 'pak',
        name: 'Pakistan',
        kind: 'state',
        country: 'PAK',
        aliases: ['Islamic Republic of Pakistan'],
        affiliation: null,
        roles: [],
        adjectives: ['Pakistani'],
        seats: ['Islamabad'],
      },
    ]);
  });

  it('keeps the first part of a two-part name and the St forms of Saint, with demonyms of the short form', () => {
    const island = [
      'SAINT_VINCENT_AND_THE_GRENADINES_  [VCT]',
      '+VINCENTIAN_',
      '+SAINT_VINCENT_',
      '+ST_VINCENT_',
      '+KINGSTOWN_',
      'TRINIDAD_AND_TOBAGO_  [TTO]',
      '+TRINIDAD_',
      '+TRINIDADIAN_',
      '+PORT_OF_SPAIN_',
    ].join('\n');
    const [tto, vct] = convertStates(parsePhoenixActors(island), { notStates: [], renamedCodes: {}, states: {} });
    expect(vct!.aliases).toEqual([
      'St Vincent and the Grenadines',
      'St. Vincent and the Grenadines',
      'Saint Vincent',
      'St Vincent',
      'St. Vincent',
    ]);
    expect(vct!.adjectives).toEqual(['Vincentian']);
    expect(tto!.aliases).toEqual(['Trinidad']);
    expect(tto!.adjectives).toEqual(['Trinidadian']);
  });

  it('keeps shared seats apart from seats, and leaves the field out when there are none', () => {
    const text = ['JAMAICA_  [JAM]', '+JAMAICAN_', 'GUATEMALA_  [GTM]'].join('\n');
    const additions = { notStates: [], renamedCodes: {}, states: { JAM: { seats: [], sharedSeats: ['Kingston'] } } };
    const [gtm, jam] = convertStates(parsePhoenixActors(text), additions);
    expect(jam).toMatchObject({ seats: [], sharedSeats: ['Kingston'] });
    expect(gtm).not.toHaveProperty('sharedSeats');
  });
});
