import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Readiness to sign or accept is an offer (CAMEO 03, PLOVER AGREE), made by saying so; the signing itself stays
// hypothetical beside it, read by the signing verb's own pattern. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const agreements = (text: string) => typed(text).filter((e) => e[0] === 'AGREE');

describe('readiness to sign an agreement', () => {
  it('is an offer made, besides the hypothetical signing', () => {
    expect(agreements('Khartoum said it was ready to sign a truce with the RSF.')).toEqual([
      ['AGREE', ['sdn'], ['rsf'], 'hypothetical'],
      ['AGREE', ['sdn'], ['rsf'], 'occurred'],
    ]);
  });

  it("is the speaker's offer too when the speaker speaks for the side", () => {
    expect(agreements('Kinshasa is prepared to sign the deal with Kigali, Tshisekedi said.')).toContainEqual([
      'AGREE',
      ['felix-tshisekedi', 'cod'],
      ['rwa'],
      'occurred',
    ]);
  });

  it('leaves a signing merely announced without an offer', () => {
    expect(agreements('Belgrade will sign the agreement with Pristina.')).toEqual([
      ['AGREE', ['srb'], ['xkx'], 'planned'],
    ]);
  });
});
