import { describe, expect, it } from 'vitest';
import { dyadLine, projectResources } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { findPlaces } from './find-places.ts';

describe("a state's first-level region (ISO 3166-2) places an event in that state", () => {
  it('is a place of its state', () => {
    const { places } = projectResources();
    for (const [name, country] of [
      ['Cauca', 'COL'],
      ['Sagaing', 'MMR'],
      ['Jonglei', 'SSD'],
      ['Helmand', 'AFG'],
    ] as const)
      expect(findPlaces(tokenize(`in ${name}`), places)[0]?.place.country, name).toBe(country);
  });

  it('gives a bare police force acting there its state, as a city does', () => {
    expect(dyadLine('Police arrested five people in Cauca on Friday.', 'COERCE', '2024-05-03')).toMatch(/^col-police>/);
    expect(dyadLine('Police detained two journalists in Sagaing on Monday.', 'COERCE', '2024-05-03')).toMatch(
      /^mmr-police>/,
    );
  });

  it("makes a police post there its state's police, and never an actor of its own", () => {
    expect(dyadLine('Gunmen attacked a police station in Cauca on Friday.', 'ASSAULT', '2024-05-03')).toBe(
      '>col-police',
    );
    expect(dyadLine('Rebels attacked a police post in Kachin on Friday.', 'ASSAULT', '2024-05-03')).toMatch(
      />mmr-police$/,
    );
  });

  it("reads the English spellings of the conflicts' provinces that ISO writes otherwise", () => {
    expect(dyadLine('Cambodian troops shelled villages in Sisaket on Thursday.', 'ASSAULT', '2025-07-25')).toBe(
      'khm-military>tha',
    );
  });
});
