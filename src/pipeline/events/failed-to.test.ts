import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "failed to reach a deal": an act that was tried and did not come about is denied, and dated in the past.
// Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-14');

describe('an act a party failed to do', () => {
  it('is denied, on the past day named', () => {
    expect(typed('Serbia and Kosovo failed to reach a deal on Friday.')).toContainEqual([
      'AGREE',
      ['srb', 'xkx'],
      [],
      'denied',
    ]);
  });
});
