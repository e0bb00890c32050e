import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';
const read = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target] as const);

// "were killed in northern Iraq on Monday by PKK militants": news puts the time and place of a passive between
// its participle and its "by" phrase; the agent is still the one who acts.
describe('the agent of a passive after its adjuncts of time and place', () => {
  it('is found past a day and a place', () => {
    expect(read('Two Turkish soldiers were killed in northern Iraq on Monday by PKK militants.', 'ASSAULT')).toEqual([
      [['kurdistan-workers-party'], ['tur-military']],
    ]);
    expect(
      read('A supply convoy was attacked on Tuesday near Kidal by Wagner fighters.', 'ASSAULT').map(([s]) => s),
    ).toEqual([['wagner']]);
  });

  it('is found past a time word and a place for a meeting host', () => {
    expect(read('The talks were hosted on Saturday in Doha by the emir of Qatar.', 'CONSULT').map(([s]) => s)).toEqual([
      ['tamim-bin-hamad-al-thani'],
    ]);
  });

  it('is found past an adverb of time', () => {
    expect(read('Three Sudanese diplomats were expelled last week by Chad.', 'SANCTION')).toEqual([[['tcd'], ['sdn']]]);
  });

  it('is not taken from a "by" that another verb governs', () => {
    const found = read('Malian soldiers were ambushed on Sunday near a base held by Wagner fighters.', 'ASSAULT');
    expect(found.flatMap(([s]) => s)).not.toContain('wagner-group');
  });

  it('is not taken across a new clause', () => {
    const found = read('Two Israeli soldiers were wounded on Friday and a tank was destroyed by Hezbollah.', 'ASSAULT');
    expect(found.filter(([s]) => s.includes('hezbollah')).flatMap(([, t]) => t)).not.toContain('isr-military');
  });
});
