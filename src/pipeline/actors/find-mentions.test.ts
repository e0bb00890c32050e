import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './gazetteer.ts';
import { findActorMentions } from './find-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { eventsOf, projectResources } from '../test-support/resources.ts';
import type { GazetteerActor } from '../resources/resource-schemas.ts';

const mentioned = (text: string, day: string) =>
  findActorMentions(tokenize(text), projectResources().gazetteer, day, { recent: [] }).map((m) => m.actorId);

describe('actor resolution', () => {
  it('resolves a title through the role held at the article date', () => {
    expect(mentioned('The US president spoke.', '2024-06-01')).toEqual(['joe-biden']);
    expect(mentioned('The US president spoke.', '2025-02-04')).toEqual(['donald-trump']);
  });

  it('resolves possessive and "of" title forms', () => {
    expect(mentioned("Israel's prime minister arrived.", '2025-07-07')).toEqual(['benjamin-netanyahu']);
    expect(mentioned('The Qatari prime minister arrived.', '2025-07-07')).toEqual([
      'mohammed-bin-abdulrahman-al-thani',
    ]);
  });

  it('merges a title with the name after it into one mention of that person', () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu left.';
    const [m] = findActorMentions(tokenize(text), projectResources().gazetteer, '2025-07-07', { recent: [] });
    expect(m).toMatchObject({ actorId: 'benjamin-netanyahu', start: 0 });
    expect(text.slice(m!.start, m!.end)).toBe('Israeli Prime Minister Benjamin Netanyahu');
  });

  it('resolves "the prime minister" to the last-named holder of that office', () => {
    const history = { recent: [] as string[] };
    const g = projectResources().gazetteer;
    findActorMentions(tokenize('Netanyahu met Trump.'), g, '2025-07-07', history);
    expect(
      findActorMentions(tokenize('The prime minister left.'), g, '2025-07-07', history).map((m) => m.actorId),
    ).toEqual(['benjamin-netanyahu']);
  });

  it('reads a capital as its government, but as a place after "in" or "to"', () => {
    expect(eventsOf('Washington rejected the proposal on Monday.')[0]!.source).toEqual(['usa']);
    const [visit] = eventsOf('Witkoff traveled to Damascus on Monday.', '2025-07-08');
    expect(visit).toMatchObject({ source: ['steve-witkoff'], target: ['syr'], location: 'Damascus' });
  });

  it('extracts names the gazetteer lacks next to a trigger, marked unresolved', () => {
    const [event] = eventsOf('Tomas Reyvik met with Netanyahu on Monday.', '2025-07-08');
    expect(event!.source).toEqual(['unresolved:tomas-reyvik']);
    expect(event!.target).toEqual(['benjamin-netanyahu']);
  });

  it('does not mistake places or titles for unknown names', () => {
    const events = eventsOf('Netanyahu is set to meet President Donald Trump in Washington on Tuesday.');
    expect(events.flatMap((e) => [...e.source, ...e.target])).toEqual(['benjamin-netanyahu', 'donald-trump']);
  });
});

describe('compileGazetteer', () => {
  const actors: GazetteerActor[] = [
    {
      id: 'xa',
      name: 'Xanadu',
      kind: 'state',
      country: 'XAN',
      aliases: [],
      affiliation: null,
      roles: [],
      adjectives: ['Xanadian'],
      seats: ['Kubla'],
    },
    {
      id: 'ann',
      name: 'Ann Old',
      kind: 'person',
      country: 'XAN',
      aliases: ['Old'],
      affiliation: 'xa',
      roles: [{ title: 'Foreign Minister', office: 'foreign-minister', of: 'XAN', from: null, to: '2026-04-15' }],
    },
    {
      id: 'bo',
      name: 'Bo New',
      kind: 'person',
      country: 'XAN',
      aliases: ['New'],
      affiliation: 'xa',
      roles: [{ title: 'Foreign Minister', office: 'foreign-minister', of: 'XAN', from: '2026-04-15', to: null }],
    },
  ];
  const g = compileGazetteer(actors);
  const at = (text: string, day: string) =>
    findActorMentions(tokenize(text), g, day, { recent: [] }).map((m) => m.actorId);

  it('hands a title to the successor on the day the role changes', () => {
    expect(at('The Xanadian foreign minister spoke.', '2026-04-14')).toEqual(['ann']);
    expect(at('The Xanadian foreign minister spoke.', '2026-04-15')).toEqual(['bo']);
    expect(at("Xanadu's foreign minister spoke.", '2026-05-01')).toEqual(['bo']);
  });

  it('finds seats, state groups and adjectives', () => {
    expect(at('Kubla said Xanadian officials would go.', '2026-01-01')).toEqual(['xa', 'xa']);
  });
});

describe("a military's equipment and places", () => {
  it('reads equipment after a demonym as the state, not its armed forces', () => {
    expect(mentioned('Gunners shot down two Azerbaijani attack helicopters.', '2025-07-07')).toEqual(['aze']);
    expect(mentioned('A Chinese destroyer shadowed the convoy.', '2025-07-07')).toEqual(['chn']);
  });

  it('reads places described by a composed military as the state', () => {
    expect(mentioned('Shells fell on Armenian army positions.', '2025-07-07')).toEqual(['arm']);
    expect(mentioned('Drones hit Ethiopian military bases.', '2025-07-07')).toEqual(['eth']);
  });

  it('still reads people of a military as the armed forces', () => {
    expect(mentioned('Armenian soldiers crossed the line.', '2025-07-07')).toEqual(['arm-military']);
    expect(mentioned('The Ethiopian army advanced.', '2025-07-07')).toEqual(['eth-military']);
  });
});

describe('a state or group, a lower-case title and a name', () => {
  it('reads the whole phrase as the person, the state only saying whose title it is', () => {
    expect(mentioned('Britain froze the assets of Sudanese army chief Abdel Fattah al-Burhan.', '2025-07-07')).toEqual([
      'gbr',
      'abdel-fattah-al-burhan',
    ]);
    expect(mentioned('Canada sanctioned Hamas official Khalil al-Hayya.', '2025-07-07')).toEqual([
      'can',
      'khalil-al-hayya',
    ]);
  });

  it('keeps a state apart from a person joined to it by other words', () => {
    expect(mentioned('Sudan and Abdel Fattah al-Burhan met.', '2025-07-07')).toEqual(['sdn', 'abdel-fattah-al-burhan']);
  });
});
