import { describe, expect, it } from 'vitest';
import { editDistance, looksLikeAcronym, titleCase } from './phoenix-phrase.ts';

describe('titleCase', () => {
  it('writes Phoenix phrases as news text writes names', () => {
    expect(titleCase('SRI_LANKA_')).toBe('Sri Lanka');
    expect(titleCase("COTE_D'IVOIRE_")).toBe("Cote d'Ivoire");
    expect(titleCase('BOSNIA_AND_HERZEGOVINA')).toBe('Bosnia and Herzegovina');
    expect(titleCase('GUINEA-BISSAU')).toBe('Guinea-Bissau');
    expect(titleCase('THE_UNITED_NATIONS_')).toBe('The United Nations');
  });
});

describe('looksLikeAcronym', () => {
  it('tells acronyms from words', () => {
    expect(['UNHCR', 'U.N.', 'NATO', 'IAEA', 'OPEC'].map(looksLikeAcronym)).toEqual([true, true, true, true, true]);
    expect(['HAMAS', 'KABUL', 'SRI_LANKA'].map(looksLikeAcronym)).toEqual([false, false, false]);
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('PAKSTAN', 'PAKISTAN')).toBe(1);
    expect(editDistance('KARACHI', 'PAKISTAN')).toBeGreaterThan(3);
  });
});
