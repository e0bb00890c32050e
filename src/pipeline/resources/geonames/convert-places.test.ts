import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesFileSchema } from '../resource-schemas.ts';
import { alpha2ToIso3 } from './convert-places.ts';

const CONVERTED = resolve(import.meta.dirname, '../../../../data/third-party/geonames/places.json');

describe('the converted GeoNames places', () => {
  const places = placesFileSchema.parse(JSON.parse(readFileSync(CONVERTED, 'utf8'))).places;
  const byName = new Map(places.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p] as const)));

  it('know the cities of recent conflicts, in the right state', () => {
    const found = ['Kherson', 'Sumy', 'Kryvyi Rih', 'Muridke', 'Goma', 'Bukavu', 'El Fasher', 'Pristina'].map((n) => [
      n,
      byName.get(n)?.country,
    ]);
    expect(found).toEqual([
      ['Kherson', 'UKR'],
      ['Sumy', 'UKR'],
      ['Kryvyi Rih', 'UKR'],
      ['Muridke', 'PAK'],
      ['Goma', 'COD'],
      ['Bukavu', 'COD'],
      ['El Fasher', 'SDN'],
      ['Pristina', 'XKX'],
    ]);
  });

  it('hold no everyday word, state or given name', () => {
    const banned = ['Of', 'Mobile', 'Reading', 'Nice', 'Bath', 'Victoria', 'Florence', 'Jordan', 'Georgia', 'Lebanon'];
    expect(banned.filter((n) => byName.has(n))).toEqual([]);
  });

  it('give each name to one place, with coordinates and population (0 for two tiny capitals)', () => {
    const names = places.flatMap((p) => [p.name, ...p.aliases]);
    expect(names.length).toBe(new Set(names).size);
    expect(places.every((p) => p.lat !== undefined && p.lon !== undefined && p.population !== undefined)).toBe(true);
  });
});

describe('alpha2ToIso3', () => {
  it('converts ISO alpha-2 codes and GeoNames’ Kosovo', () => {
    expect(['UA', 'CD', 'PS', 'XK', 'ZZ'].map(alpha2ToIso3)).toEqual(['UKR', 'COD', 'PSE', 'XKX', undefined]);
  });
});
