import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';
const assaults = (text: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => [e.source, e.target]);

// "was attacked by Houthi drones": the words after "by" are the passive's agent, never the object a verb pattern
// ("attacked ... drones", "hit ... positions") reaches for past it.
describe('a passive whose agent names a weapon or unit an attack pattern ends in', () => {
  it('keeps the agent as the one who attacks', () => {
    expect(assaults('A Greek-owned tanker was attacked by Houthi drones off Hodeidah on Monday.')).toEqual([
      [['houthis'], ['grc']],
    ]);
    expect(assaults('An Israeli patrol was attacked by Hezbollah drones near Metula on Sunday.')).toEqual([
      [['hezbollah'], ['isr']],
    ]);
    expect(assaults('The city of Belgorod was struck by Ukrainian drones overnight.').map(([s]) => s)).toEqual([
      ['ukr'],
    ]);
  });

  it('never makes the agent the one attacked', () => {
    const targets = assaults('Army positions near El Obeid were targeted by RSF drones on Friday.').flatMap(
      ([, t]) => t,
    );
    expect(targets).not.toContain('rsf');
  });

  it('still reads an active verb with its object', () => {
    expect(assaults('The Houthis attacked two American warships on Monday.')).toEqual([[['houthis'], ['usa']]]);
  });
});
