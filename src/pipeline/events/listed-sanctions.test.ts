import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Putting a party on a sanctions, entity or terrorist list, or a blacklist, sanctions it (CAMEO 16, PLOVER
// SANCTION). The sentences are the team's own.
const sanctions = (text: string) => dyadLine(text, 'SANCTION', '2025-03-10');

describe('listing a party for sanctions', () => {
  it('is a SANCTION of the party listed, named or by its demonym', () => {
    expect(sanctions('The United States added six Chinese firms to its entity list.')).toBe('usa>chn');
    expect(sanctions('Britain put three Iranian banks on its sanctions list on Tuesday.')).toBe('gbr>irn');
    expect(sanctions('Japan added several Russian officials to its sanctions list.')).toBe('jpn>rus');
    expect(sanctions('Canada put the Wagner Group on its terrorist list.')).toBe('can>wagner');
  });

  it('is a SANCTION by its maker when the listed are not a party', () => {
    expect(sanctions('The EU added dozens of tankers to its blacklist on Friday.')).toBe('eu>');
  });

  it('needs a list of sanctions, not any list or agenda', () => {
    expect(sanctions('Kenya put the border dispute on the agenda of the summit.')).toBe('');
    expect(sanctions('The minister added that Iran was on the list of countries to visit.')).toBe('');
  });
});
