import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const sources = (text: string, type: string) =>
  eventsOf(text, '2024-03-04')
    .filter((e) => e.type === type)
    .flatMap((e) => e.source);

describe('forces, troops or fighters "loyal to" a party', () => {
  it("are an armed group's own when the party is the group", () => {
    expect(sources('Fighters loyal to the Taliban attacked a police checkpoint in Kunduz.', 'ASSAULT')).toEqual([
      'taliban',
    ]);
  });

  it("are the military of a leader's state when the party is a leader", () => {
    expect(sources('Soldiers loyal to Burhan attacked RSF positions in Omdurman on Sunday.', 'ASSAULT')).toEqual([
      'sdn-military',
    ]);
  });

  it('reads "forces" before "loyal to" too', () => {
    expect(sources('Forces loyal to Haftar attacked an airport near Misrata on Sunday.', 'ASSAULT')).toEqual([
      'lby-military',
    ]);
  });

  it('leave a leader who is not the object of "loyal to" alone', () => {
    expect(sources('Burhan said soldiers had attacked RSF positions in Omdurman.', 'ASSAULT')).not.toContain(
      'sdn-military',
    );
  });
});
