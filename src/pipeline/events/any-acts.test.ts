import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// An act told with "any" before its noun ("would respond to any Indian attack", "warned against any provocation")
// is one that may happen, not one reported: hypothetical. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('an act noun after "any"', () => {
  it('is hypothetical', () => {
    expect(typed('Pakistan vowed to respond to any Indian attack.')).toContainEqual([
      'ASSAULT',
      ['ind'],
      ['pak'],
      'hypothetical',
    ]);
    expect(
      typed('Taipei said it would answer any Chinese blockade of the island.').filter((e) => e[0] === 'COERCE'),
    ).toEqual([['COERCE', ['chn'], expect.anything(), 'hypothetical']]);
  });

  it('leaves a denial of any act denied', () => {
    expect(typed('Kigali denied any attack on Congolese troops.').filter((e) => e[0] === 'ASSAULT')[0]?.[3]).toBe(
      'denied',
    );
  });

  it('leaves an act with a determiner of its own as told', () => {
    expect(typed('Pakistan responded to the Indian attack on Sunday.').filter((e) => e[0] === 'ASSAULT')[0]?.[3]).toBe(
      'occurred',
    );
  });
});
