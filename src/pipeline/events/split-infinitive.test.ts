import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "agreed to gradually withdraw": an adverb in -ly between "to" and its verb leaves the commitment a
// commitment, and the act promised is still the promiser's and still planned. Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('an agreement to act with a split infinitive', () => {
  it.each([
    ['Baku had agreed to gradually withdraw troops from the border.', 'aze'],
    ['Islamabad agreed to swiftly release the detained pilot.', 'pak'],
    ['Khartoum has agreed to fully reopen the Adre crossing.', 'sdn'],
    ['Belgrade agreed to quietly release the three Kosovo police officers.', 'srb'],
  ])('reads "%s" as an AGREE and a planned RETREAT by the same party', (text, party) => {
    expect(of(text, 'AGREE').map((e) => e.source)).toEqual([[party]]);
    const acts = of(text, 'RETREAT');
    expect(acts.length).toBeGreaterThan(0);
    expect(acts.every((e) => e.source.includes(party) && e.modality === 'planned')).toBe(true);
  });

  it('does not take a word in -ly that is no adverb of the verb for one ("agreed to a truce")', () => {
    expect(of('Kinshasa agreed to a truce with the rebels.', 'AGREE').length).toBeGreaterThan(0);
  });
});
