import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A verb whose past is its base ("cut", "hit", "put", "shut") right after a party named by its owner and noun
// ("Myanmar's military", "Russia's government") is that party's verb, not a noun the owner qualifies ("Israel's
// security demands"). The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a past form after an owned party noun', () => {
  it("is the party's verb", () => {
    expect(of("Myanmar's military cut off internet access in Rakhine state.", 'COERCE')).toBe('mmr-military>');
    expect(of("Russia's government cut ties with Georgia on Monday.", 'SANCTION')).toBe('rus>geo');
    expect(of("Israel's army hit targets in southern Lebanon on Monday.", 'ASSAULT')).toBe('idf>lbn');
  });

  it('leaves a noun after an owner that names no party, and a present form', () => {
    expect(of("Hamas rejected Israel's security demands.", 'REQUEST')).toBe('');
    expect(of("Kyiv rejected the Kremlin's territorial demands.", 'REQUEST')).toBe('');
  });
});
