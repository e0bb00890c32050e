import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Backing terrorism, said by another party, is that party's charge; refusing to restore a treaty is a REJECT.
// Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-03-14');

describe('a charge of backing terrorism', () => {
  it('reads "<speaker> said <party> shelters terrorists" as an ACCUSE of the speaker', () => {
    expect(typed('Baghdad said Damascus shelters terrorists along the border.')).toContainEqual([
      'ACCUSE',
      ['irq'],
      ['syr'],
      'occurred',
    ]);
    expect(typed('Sudan backs insurgents in our east, Chad said on Monday.')).toEqual([
      ['ACCUSE', ['tcd'], ['sdn'], 'occurred'],
    ]);
  });

  it('never makes the speaker the one supported', () => {
    expect(typed('Tehran supports militants across the region, Riyadh said.').map((e) => e[0])).not.toContain(
      'SUPPORT',
    );
  });
});

describe('a treaty a party will not restore', () => {
  it('reads "will not resume/restore the treaty" as a REJECT made by saying so', () => {
    expect(typed('Moscow will not restore the grain pact, Lavrov said.')).toContainEqual([
      'REJECT',
      ['sergey-lavrov', 'rus'],
      [],
      'occurred',
    ]);
  });
});
