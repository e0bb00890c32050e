import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-03-15'; // a Friday
const dyads = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);
const actorsOf = (text: string) => eventsOf(text, PUBLISHED).flatMap((e) => [...e.source, ...e.target]);

describe('agents named by where they come from', () => {
  it('makes "troops from X" the state\'s military, as "X\'s troops" is', () => {
    expect(dyads('Troops from Chad attacked rebel positions near the border on Monday.', 'ASSAULT')).toEqual([
      [['tcd-military'], []],
    ]);
    expect(dyads('Soldiers from Eritrea fired on villagers near Adigrat on Tuesday.', 'ASSAULT')[0]?.[0]).toEqual([
      'eri-military',
    ]);
  });

  it('makes a government body from a state that state', () => {
    expect(dyads('Officials from Oman met the American delegation in Muscat on Saturday.', 'CONSULT')[0]?.[0]).toEqual([
      'omn',
    ]);
  });

  it("keeps agents moved out of a state as that object, not as the state's agents", () => {
    expect(dyads('Turkey withdrew 300 troops from Qatar on Monday.', 'RETREAT')).toEqual([[['tur'], ['qat']]]);
    expect(dyads('Peru recalled its ambassador from Caracas on Monday.', 'SANCTION')[0]?.[0]).toEqual(['per']);
    expect(actorsOf('Chile said it would not accept more migrants from Bolivia.')).not.toContain('bol-refugees');
  });

  it('reads the agent of a passive', () => {
    expect(dyads('Two villages were shelled by soldiers from Eritrea on Tuesday.', 'ASSAULT')[0]?.[0]).toEqual([
      'eri-military',
    ]);
  });

  it('leaves "from" that does not follow an agent noun alone', () => {
    expect(actorsOf('Chinese buyers stopped buying soybeans from Brazil on Monday.')).not.toContain('bra-military');
  });
});

describe('places named as "the <kind of place> of <name>"', () => {
  it('does not make an unknown name after "the province of" an actor', () => {
    const found = actorsOf('Mozambique accused the insurgents of attacking villages in the province of Niassa Sul.');
    expect(found.some((id) => id.startsWith('unresolved:'))).toBe(false);
  });

  it('does not make a state named as an island, region or city a party of the event', () => {
    const found = eventsOf(
      'The presidents of Bolivia and Chile agreed on Thursday not to use force, after talks on the island of Barbados.',
      PUBLISHED,
    );
    expect(found.flatMap((e) => [...e.source, ...e.target])).not.toContain('brb');
  });

  it('lets a breakaway or self-declared polity named so act as a party', () => {
    expect(
      dyads(
        'Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Monday.',
        'AGREE',
      ),
    ).toEqual([[['eth'], ['somaliland']]]);
    expect(
      dyads('Moldova held talks with the separatist region of Transnistria on Tuesday.', 'CONSULT').flat(2),
    ).toEqual(expect.arrayContaining(['mda', 'transnistria']));
  });

  it('keeps a de facto state named after "in" a place of the event, as a state is', () => {
    expect(dyads('Georgia accused Russia of moving border posts in South Ossetia on Sunday.', 'ACCUSE')).toEqual([
      [['geo'], ['rus']],
    ]);
  });

  it('still lets "the State of X" and "the Republic of X" stand for the state', () => {
    expect(dyads('The Republic of Moldova accused Russia of meddling on Sunday.', 'ACCUSE')).toEqual([
      [['mda'], ['rus']],
    ]);
  });
});

describe('one unknown word after a preposition of place and "the"', () => {
  it('is a place, not an unresolved party', () => {
    const found = eventsOf('Greece deployed two frigates to the Aegean on Monday.', PUBLISHED);
    expect(found.flatMap((e) => e.target).some((id) => id.startsWith('unresolved:'))).toBe(false);
  });
});

describe("a region's adjective before a common noun", () => {
  it('is no unresolved party ("the South American country")', () => {
    const found = eventsOf('Washington imposed tariffs on the South American country on Sunday.', PUBLISHED);
    expect(found.flatMap((e) => e.target).some((id) => id.startsWith('unresolved:'))).toBe(false);
  });
});

describe('a body of water named after a state', () => {
  it('is where a missile falls or a ship sails, not the state', () => {
    expect(actorsOf('Pyongyang fired two ballistic missiles into the Sea of Japan on Sunday.')).not.toContain('jpn');
    expect(actorsOf('Iranian boats seized a tanker in the Gulf of Oman on Thursday.')).not.toContain('omn');
    expect(actorsOf('Indian warships fired on a cargo ship in the Bay of Bengal on Monday.')).toEqual(
      expect.not.arrayContaining(['bgd']),
    );
  });
});
