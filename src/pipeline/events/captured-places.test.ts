import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A named town or region taken by force is territory taken in fighting (ASSAULT); a ship, cargo or people
// seized stay a seizure (COERCE). The sentences are the team's own.
const typesOf = (sentence: string) => eventsOf(sentence, '2025-06-12').map((e) => e.type);

describe('taking a named place is ASSAULT', () => {
  it.each([
    'The M23 seized Uvira on Wednesday after government troops fled.',
    'Goma was captured by the M23 in January.',
    'Russian forces captured Avdiivka in February after months of fighting.',
    'The Taliban captured Kandahar on Thursday.',
    'Kunduz had been overrun by the Taliban within hours.',
    'The RSF seized Nyala in October 2023.',
  ])('%s', (sentence) => {
    const types = typesOf(sentence);
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('COERCE');
  });
});

describe('seizing a ship or cargo stays COERCE', () => {
  it.each([
    'Iranian commandos seized a British tanker in the Strait of Hormuz.',
    'The US Coast Guard seized a tanker loaded with Venezuelan crude.',
    'The Houthis seized a cargo ship in the Red Sea.',
  ])('%s', (sentence) => {
    const types = typesOf(sentence);
    expect(types).toContain('COERCE');
    expect(types).not.toContain('ASSAULT');
  });
});

describe('a place falling to a force', () => {
  const read = (sentence: string) =>
    eventsOf(sentence, '2025-06-12')
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => [e.source, e.target]);

  it("is the force's attack on the place's state, an armed group's on its own state too", () => {
    expect(read('Mosul fell to the Islamic State in June 2014.')).toEqual([[['islamic-state'], ['irq']]]);
    expect(read('Kabul fell to the Taliban in August 2021.')).toEqual([[['taliban'], ['afg']]]);
  });

  it('takes "it" for a place the sentence named before', () => {
    expect(read('Government troops retook the town of Bunia, a month after it fell to the rebels.')).toContainEqual([
      ['rebels'],
      ['cod'],
    ]);
    expect(read('Troops retook the town, a month after it fell to the rebels.')).toContainEqual([['rebels'], []]);
  });

  it('reads nothing when what falls to someone is no place', () => {
    expect(read('The decision fell to the Taliban leadership in Kandahar.')).toEqual([]);
    expect(read('It fell to Turkey to mediate between the two.')).toEqual([]);
  });

  it('does not make a name before a noun of place a party', () => {
    const events = eventsOf('Rockets fell near the border and in Oddar Meanchey province on Friday.', '2025-06-12');
    // The province is a known place now (places-world.json): never a party itself, it places the attack in Cambodia.
    expect(events.map((e) => [e.type, e.target])).toEqual([['ASSAULT', ['khm']]]);
  });
});
