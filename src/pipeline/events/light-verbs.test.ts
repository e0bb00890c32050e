import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Events named by a noun after a light verb ("carried out a raid", "expressed concern"). The team's own sentences.
const typed = (text: string) => eventsOf(text).map((e) => [e.type, e.source, e.target]);

describe('acts of force after a light verb', () => {
  it('reads conducted, carried out, staged or mounted strikes, raids and offensives as ASSAULT', () => {
    expect(typed('Pakistan conducted airstrikes in Afghanistan.')).toContainEqual(['ASSAULT', ['pak'], ['afg']]);
    expect(typed('The Sudanese army carried out airstrikes on RSF positions in Darfur.')).toContainEqual([
      'ASSAULT',
      ['sdn-military'],
      ['rsf'],
    ]);
    expect(typed('Ukraine staged a counteroffensive near Kursk.').map(([type]) => type)).toContain('ASSAULT');
    expect(typed('India mounted an assault on militant hideouts in Kashmir.').map(([type]) => type)).toContain(
      'ASSAULT',
    );
  });
});

describe('verbal acts after a light verb', () => {
  it('reads expressed or voiced concern and alarm as ACCUSE', () => {
    expect(typed('China expressed concern over the US arms sale to Taiwan.')).toContainEqual([
      'ACCUSE',
      ['chn'],
      ['usa'],
    ]);
    expect(typed("The EU voiced alarm at Serbia's troop build-up near Kosovo.").map(([type]) => type)).toContain(
      'ACCUSE',
    );
  });

  it('reads a warning sent to a party as THREATEN', () => {
    expect(typed('China sent a warning to the Philippines over the shoal.')).toContainEqual([
      'THREATEN',
      ['chn'],
      ['phl'],
    ]);
  });
});

describe('a bare noun of force', () => {
  it('reads airstrikes and bombardment with their nationality as ASSAULT', () => {
    expect(typed('Russian airstrikes killed ten civilians in Idlib on Sunday.')).toContainEqual([
      'ASSAULT',
      ['rus'],
      ['syr'],
    ]);
    expect(typed('The Saudi bombardment of Hodeidah lasted three days.')).toContainEqual(['ASSAULT', ['sau'], ['yem']]);
    expect(typed('Pakistani airstrikes in Khost killed several people, the Taliban said.')).toContainEqual([
      'ASSAULT',
      ['pak'],
      ['afg'],
    ]);
  });
});
