import { describe, expect, it } from 'vitest';
import { selectRegions, type Subdivision } from './select-regions.ts';
import type { NameFilter } from './select-places.ts';

const filter: NameFilter = {
  isCommonWord: (w) => ['delta', 'plateau', 'rivers'].includes(w),
  reserved: new Set(['niger', 'georgia']),
  personNames: new Set(['bolivar']),
};
const toIso3 = (a2: string) => ({ CO: 'COL', NG: 'NGA', AF: 'AFG', PE: 'PER', US: 'USA', ML: 'MLI' })[a2];
const sub = (code: string, name: string, parent = code.slice(0, 2)): Subdivision => ({ code, name, parent });

describe('selectRegions', () => {
  it("keeps a state's first-level subdivisions as its regions, folded to ASCII", () => {
    const places = selectRegions([sub('CO-CAU', 'Cauca'), sub('AF-BAM', 'Bāmyān')], toIso3, filter);
    expect(places).toEqual([
      { name: 'Bāmyān', kind: 'region', country: 'AFG', aliases: ['Bamyan'] },
      { name: 'Cauca', kind: 'region', country: 'COL', aliases: [] },
    ]);
  });

  it("drops names that are a state's, a person's, an everyday word, short, generic, inverted or shared", () => {
    const names = selectRegions(
      [
        sub('NG-NI', 'Niger'),
        sub('NG-DE', 'Delta'),
        sub('CO-BOL', 'Bolivar'),
        sub('NG-ED', 'Edo'),
        sub('ML-1', 'Northern Region'),
        sub('US-GA', 'Georgia'),
        sub('CO-AMA', 'Amazonas'),
        sub('PE-AMA', 'Amazonas'),
        sub('ML-X', 'Adygeya, Respublika'),
        sub('FR-ARA-01', 'Ain', 'FR-ARA'),
        sub('NG-BO', 'Borno'),
        sub('ML-SAH', 'Sahel'),
      ],
      toIso3,
      filter,
    ).map((p) => p.name);
    expect(names).toEqual(['Borno']);
  });

  it('keeps only the countries asked for', () => {
    const places = selectRegions([sub('CO-CAU', 'Cauca'), sub('US-ID', 'Idaho')], toIso3, filter, new Set(['COL']));
    expect(places.map((p) => p.name)).toEqual(['Cauca']);
  });
});
