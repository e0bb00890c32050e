import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Armed units crossing a border into another state's place move against it, as "marched into" does (CAMEO's
// dictionary codes a military crossing as 190, force); the converted reading of "crossed the border into" (074,
// peacekeeping given by the state entered) is for refugees, not troops. The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('units crossing a border into a place', () => {
  it("is an ASSAULT on the place's state, never AID", () => {
    expect(of('Rwandan troops crossed the border into Congo.', 'ASSAULT')).toBe('rwa-military>cod');
    expect(of('Rwandan troops crossed the border into Congo.', 'AID')).toBe('');
    expect(of('Ethiopian troops crossed the frontier into Somalia on Sunday.', 'ASSAULT')).toBe('eth-military>som');
    expect(of('Russian forces crossed into Ukraine from Belarus on Thursday.', 'ASSAULT')).toBe('rus-military>ukr');
  });

  it('is nothing for people who are not armed units', () => {
    expect(of('Thousands of refugees crossed the border into Chad.', 'ASSAULT')).toBe('');
  });
});
