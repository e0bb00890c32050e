import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A state ruled by a council ("Libya's Presidential Council", "Sudan's Sovereign Council") acts as its
// government; armed gangs and cartels stand alone as criminals; "a police officer" named before a person
// describes that person, not the police. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-10-02');

describe('councils, gangs and a police officer', () => {
  it('reads a ruling council as its state', () => {
    expect(typed("Libya's Presidential Council rejected the plan on Monday.")).toContainEqual([
      'REJECT',
      ['lby'],
      [],
      'occurred',
    ]);
    expect(typed("Iran's Supreme National Security Council rejected the offer.")[0]?.[1]).toEqual(['irn']);
  });

  it('reads armed gangs as criminals, and the gangs of a state named after "in" as its criminals', () => {
    expect(typed('Armed gangs attacked a police station on Monday.')[0]?.[1]).toEqual(['criminals']);
    expect(typed('Gangs in Ecuador attacked a police station on Monday.')[0]?.[1]).toEqual(['ecu-criminals']);
  });

  it('does not make the police act for a person described as a police officer', () => {
    const events = typed('Gangs led by a former police officer, Marc Duval, stormed a prison in Haiti on Sunday.');
    expect(events.some(([, source]) => source.includes('police'))).toBe(false);
  });
});
