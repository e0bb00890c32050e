import { describe, expect, it } from 'vitest';
import type { Place } from '../resources/resource-schemas.ts';
import { eventsOf, projectResources } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { compilePlaces, findPlaces } from './find-places.ts';

const placesIn = (text: string) =>
  findPlaces(tokenize(text), projectResources().places).map((m) => [m.place.name, m.place.country]);

describe('compilePlaces', () => {
  it('lets a later list win a name an earlier one also gives', () => {
    const world: Place = { name: 'Tyre', kind: 'city', country: 'XXX', aliases: [] };
    const curated: Place = { name: 'Tyre', kind: 'city', country: 'LBN', aliases: ['Sour'] };
    const found = findPlaces(tokenize('Strikes on Tyre and Sour.'), compilePlaces([world, curated]));
    expect(found.map((m) => m.place)).toEqual([curated, curated]);
  });
});

describe('places of the world', () => {
  it('finds cities of recent conflicts in their states', () => {
    expect(placesIn('Strikes hit Kherson, Sumy and Kryvyi Rih; rebels took Goma and Bukavu.')).toEqual([
      ['Kherson', 'UKR'],
      ['Sumy', 'UKR'],
      ['Kryvyi Rih', 'UKR'],
      ['Goma', 'COD'],
      ['Bukavu', 'COD'],
    ]);
  });

  it('knows the curated regions, seas and English spellings', () => {
    expect(placesIn('From Donbas and Crimea to Kashmir, North Kivu, Tigray, the Black Sea and Mekelle.')).toEqual([
      ['Donbas', 'UKR'],
      ['Crimea', 'UKR'],
      ['Kashmir', null],
      ['North Kivu', 'COD'],
      ['Tigray', 'ETH'],
      ['Black Sea', null],
      ['Mekelle', 'ETH'],
    ]);
  });

  it('does not take everyday words or names of states and persons for places', () => {
    expect(placesIn('Nice words. Reading it, Mobile forces of Victoria and Florence met.')).toEqual([]);
  });

  it('keeps the curated Middle East places over GeoNames', () => {
    const found = findPlaces(tokenize('in Jerusalem, Tyre and Gaza'), projectResources().places);
    expect(found.map((m) => [m.place.name, m.place.kind, m.place.country])).toEqual([
      ['Jerusalem', 'capital', 'ISR'],
      ['Tyre', 'city', 'LBN'],
      ['Gaza', 'region', 'PSE'],
    ]);
  });
});

describe('a place named in an attack is not an actor', () => {
  const participants = (text: string) => eventsOf(text).flatMap((e) => [...e.source, ...e.target]);

  it('reads Kherson, Sumy and Goma as places, never as unresolved actors', () => {
    const texts = [
      'Russian missiles struck Kherson on Monday.',
      'Russia attacked Kherson on Monday.',
      'Two civilians were killed by a Russian missile in Sumy on Monday.',
      'M23 rebels seized Goma in January.',
    ];
    expect(texts.flatMap(participants).filter((id) => id.startsWith('unresolved:'))).toEqual([]);
  });

  it('codes an attack in a city as one on its state', () => {
    expect(eventsOf('Two civilians were killed by a Russian missile in Sumy on Monday.')).toContainEqual(
      expect.objectContaining({ type: 'ASSAULT', source: ['rus'], target: ['ukr'] }),
    );
  });
});
