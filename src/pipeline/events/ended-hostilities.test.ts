import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Welcoming the end of a party's hostile act is no support for that party. The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe("a positive stance on the end of another party's hostile act", () => {
  it('does not target the party whose act ended, named by a demonym or a name before the act noun', () => {
    expect(dyads('Armenia welcomed the halt to Azerbaijani shelling on Monday.', 'SUPPORT')).toBe('arm>');
    expect(dyads('Kuwait praised the end of the Iraqi occupation.', 'SUPPORT')).toBe('kwt>');
    expect(dyads('Lebanon welcomed an end to Israeli strikes.', 'SUPPORT')).toBe('lbn>');
    expect(dyads('Somalia welcomed the end of al-Shabaab attacks on the capital.', 'SUPPORT')).toBe('som>');
  });

  it('keeps the target of a welcomed act that is no hostility, or of a welcome without an ending', () => {
    expect(dyads('Iran welcomed the lifting of US sanctions.', 'SUPPORT')).toBe('irn>usa');
    expect(dyads('Kenya welcomed the Ethiopian proposal on Monday.', 'SUPPORT')).toBe('ken>eth');
  });
});
