import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A party saying it had no role in, or no connection to, an act denies its part in it. Each sentence is the
// team's own.
const typed = (text: string) => typedEvents(text, '2025-03-14');

describe('an act a party disowns', () => {
  it('denies the act of the disowning party', () => {
    // Kabul in 2025 is the Taliban's government (actors/governing-groups.ts).
    expect(typed('Kabul said it had no role in the bombing of the market in Peshawar.')).toContainEqual([
      'ASSAULT',
      ['taliban'],
      ['pak'],
      'denied',
    ]);
  });

  it('gives an act with no named author to the disowning party, denied', () => {
    expect(
      typed("Tehran's foreign ministry said it had no connection to the gunmen who killed six soldiers in Iraq."),
    ).toContainEqual(['ASSAULT', ['irn'], ['irq'], 'denied']);
  });

  it('leaves an act another named party did as it happened', () => {
    const events = typed('Kigali says Rwanda has no link to the rebels who seized Goma.');
    expect(events.map((e) => e[3])).toEqual(['occurred']);
  });
});
