import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// An agreement noun followed by the participle "signed by" ("the accord, signed by A and B in June, ...", "the
// deal signed by A and B") tells the signing in a reduced relative clause: an AGREE of the agents, as "the deal was
// signed by" is. Each sentence is the team's own.
const agreements = (text: string) => typedEvents(text, '2025-06-13').filter((e) => e[0] === 'AGREE');

describe('an agreement "signed by" its parties', () => {
  it('is their AGREE, set off by commas or not', () => {
    expect(agreements('The accord, signed by Kinshasa and Kigali in June, has not stopped the fighting.')).toEqual([
      ['AGREE', ['cod', 'rwa'], [], 'occurred'],
    ]);
    expect(agreements('The pact signed by Serbia and Kosovo in Ohrid was never put in place.')).toEqual([
      ['AGREE', ['srb', 'xkx'], [], 'occurred'],
    ]);
  });

  it('is no signing when nobody signs by it', () => {
    expect(agreements('The ceasefire agreement has held since March.')).toEqual([]);
  });
});
