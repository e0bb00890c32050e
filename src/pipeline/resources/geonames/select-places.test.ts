import { describe, expect, it } from 'vitest';
import { type GeoNamesCity, type NameFilter, isUsableName, selectPlaces } from './select-places.ts';
import { foldToAscii } from '../../text/fold.ts';

const city = (
  name: string,
  country: string,
  population: number,
  featureCode = 'PPL',
  cityId = population,
): GeoNamesCity => ({
  cityId,
  name,
  altName: '',
  country,
  featureCode,
  population,
  loc: { coordinates: [30.12345, 50.45678] },
});

const ISO3: Record<string, string> = { UA: 'UKR', CD: 'COD', FR: 'FRA', US: 'USA', MV: 'MDV', XK: 'XKX', VE: 'VEN' };
const RULES = {
  minPopulation: 100_000,
  conflictCountries: new Set(['UKR', 'COD', 'VEN']),
  minConflictPopulation: 15_000,
};
const FILTER: NameFilter = {
  isCommonWord: (w) => ['nice', 'reading', 'mobile', 'male', 'of'].includes(w),
  reserved: new Set(['lebanon', 'jordan', 'victoria']),
  personNames: new Set(['rubio']),
};
const select = (cities: GeoNamesCity[]) => selectPlaces(cities, (a2) => ISO3[a2], RULES, FILTER);

describe('selectPlaces', () => {
  it('keeps capitals, cities of 100,000 and towns of 15,000 in conflict countries, with ISO3 and coordinates', () => {
    const places = select([
      city('Kherson', 'UA', 320_477, 'PPLA'),
      city('Sake', 'CD', 17_151),
      city('Small Town', 'FR', 40_000),
      city('Pristina', 'XK', 550_000, 'PPLC'),
      city('Somewhere', 'ZZ', 900_000),
    ]);
    expect(places.map((p) => [p.name, p.country, p.kind])).toEqual([
      ['Sake', 'COD', 'city'],
      ['Kherson', 'UKR', 'city'],
      ['Pristina', 'XKX', 'capital'],
    ]);
    expect(places[1]).toMatchObject({ lat: 50.4568, lon: 30.1235, population: 320_477 });
  });

  it('drops everyday words, reserved names and persons’ names; a capital keeps everyday words', () => {
    const places = select([
      city('Nice', 'FR', 338_620, 'PPLA2'),
      city('Mobile', 'US', 194_288),
      city('Lebanon', 'US', 114_688),
      city('Victoria', 'US', 120_000, 'PPLC'),
      city('Rubio', 'VE', 51_568),
      city('Malé', 'MV', 103_693, 'PPLC'),
      city('Of', 'UA', 20_000),
    ]);
    expect(places.map((p) => [p.name, p.aliases])).toEqual([['Malé', ['Male']]]);
  });

  it('gives a shared name to the most populous city only', () => {
    const places = select([city('Odessa', 'US', 118_968), city('Odessa', 'UA', 1_001_558, 'PPLA')]);
    expect(places.map((p) => [p.name, p.country])).toEqual([['Odessa', 'UKR']]);
  });

  it('adds an ASCII-folded alias to an accented name', () => {
    const [place] = select([city('Rafaḩ', 'CD', 126_305)]);
    expect(place).toMatchObject({ name: 'Rafaḩ', aliases: ['Rafah'] });
  });
});

describe('foldToAscii and isUsableName', () => {
  it('folds marks, special letters and curly apostrophes', () => {
    expect(['Kramators’k', 'Łódź', 'Zürich', 'Şanlıurfa'].map(foldToAscii)).toEqual([
      "Kramators'k",
      'Lodz',
      'Zurich',
      'Sanliurfa',
    ]);
  });

  it('accepts phrases that contain an everyday word, but not names with digits or of two letters', () => {
    expect(isUsableName('Reading Town', FILTER, false)).toBe(true);
    expect(isUsableName('Delmas 73', FILTER, false)).toBe(false);
    expect(isUsableName('Bo', FILTER, true)).toBe(false);
  });
});
