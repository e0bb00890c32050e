import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Readiness for an act told with a noun ("open to talks", "ready for a ceasefire") offers the act; it is not under
// way. Each sentence is the team's own.
const modalityOf = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('an act a party is open or ready for', () => {
  it('is hypothetical', () => {
    expect(modalityOf('Caracas is open to talks with Washington.', 'CONSULT')).toEqual(['hypothetical']);
    expect(modalityOf('The ELN said it was open to direct talks with Bogota.', 'CONSULT')).toEqual(['hypothetical']);
    expect(modalityOf('Hamas is ready for a ceasefire with Israel.', 'AGREE')).toEqual(['hypothetical']);
  });

  it('leaves talks being held as they are told', () => {
    expect(modalityOf('Caracas and Washington are holding talks in Doha.', 'CONSULT')).toEqual(['ongoing']);
  });
});
