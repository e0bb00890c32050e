import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences about parties named around an event rather than as its subject or object.
const PUBLISHED = '2025-07-08'; // a Tuesday
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const parties = (text: string, type: string) =>
  [...new Set(of(text, type).flatMap((e) => [...e.source, ...e.target]))].sort();

describe('demonyms before a noun for people', () => {
  it('makes each demonym of "between A and B officials" a party of the talks', () => {
    expect(
      parties('Talks between Armenian and Azerbaijani border officials resumed in Tbilisi on Monday.', 'CONSULT'),
    ).toEqual(['arm', 'aze']);
  });

  it('reads two demonyms sharing a noun for people as the two parties of a call', () => {
    expect(parties('The Greek and Turkish defence ministers spoke by phone on Sunday.', 'CONSULT')).toEqual([
      'grc',
      'tur',
    ]);
  });

  it('still takes no state from a demonym before a noun for things', () => {
    expect(
      parties('Talks between Serbia and Kosovo on Albanian language schools resumed on Monday.', 'CONSULT'),
    ).toEqual(['srb', 'xkx']);
  });
});

describe('demonyms joined by a hyphen before an event noun', () => {
  it('makes both states parties of "Indonesian-Malaysian negotiations"', () => {
    expect(
      parties('A third round of Indonesian-Malaysian negotiations opened in Jakarta on Monday.', 'CONSULT'),
    ).toEqual(['idn', 'mys']);
  });

  it('does not join demonyms written apart around a dash', () => {
    const events = of('Egyptian - Ethiopian negotiations opened in Cairo on Monday.', 'CONSULT');
    expect(events.flatMap((e) => [...e.source, ...e.target])).not.toContain('egy');
  });
});

describe('a participle opening the sentence', () => {
  it('takes the main clause subject for the subject of the opening meeting, dated by the opener', () => {
    const [meeting] = of('Meeting Erdogan in Ankara on Friday, Aliyev promised to reopen the border.', 'CONSULT');
    expect(meeting?.source).toEqual(['ilham-aliyev']);
    expect(meeting?.target).toEqual(['recep-tayyip-erdogan']);
    expect(meeting?.date).toBe('2025-07-04');
  });

  it('does so after "after" too', () => {
    expect(parties('After meeting Pashinyan in Moscow, Putin said the talks were useful.', 'CONSULT')).toEqual([
      'nikol-pashinyan',
      'vladimir-putin',
    ]);
  });

  it('leaves a participle inside the sentence to its own subject', () => {
    const [meeting] = of('Ruto said on Monday, meeting Museveni in Kampala, that trade would grow.', 'CONSULT');
    expect(meeting?.source ?? []).not.toContain('yoweri-museveni');
  });
});

describe('a meeting the main clause owns', () => {
  it('reads "their talks" after a coordinated subject as talks between its parties, dated by the clause', () => {
    const [talks] = of(
      'Armenia and Azerbaijan agreed on Friday to reopen two crossings after their second round of talks in Abu Dhabi.',
      'CONSULT',
    );
    expect([...(talks?.source ?? []), ...(talks?.target ?? [])].sort()).toEqual(['arm', 'aze']);
    expect(talks?.date).toBe('2025-07-04');
  });

  it('gives talks in an "after" phrase the main subject for a party', () => {
    expect(
      parties('Serbia agreed to ease the trade ban after talks with EU officials in Brussels.', 'CONSULT'),
    ).toContain('srb');
  });

  it('needs two parties behind "their"', () => {
    expect(of('Ethiopia said on Monday that their talks would go on.', 'CONSULT')).toEqual([]);
  });
});

describe('a meeting heading the subject of a verb', () => {
  it('gives what talks ended with to the parties of the talks, past an aside', () => {
    const agreements = of(
      'Talks between Georgia and Armenia in Yerevan, chaired by Kazakhstan, ended on Friday with an agreement on border crossings.',
      'AGREE',
    );
    // The chair joins the talks (participants' passive agents); the parties of the talks must be there.
    const parties = agreements.flatMap((e) => [...e.source, ...e.target]);
    expect(parties).toContain('arm');
    expect(parties).toContain('geo');
  });

  it('dates what a hyphenated summit produced by the summit', () => {
    const [deal] = of('The Modi-Sharif summit in Astana on Monday produced a deal on water sharing.', 'AGREE');
    expect([...(deal?.source ?? []), ...(deal?.target ?? [])].sort()).toEqual(['narendra-modi', 'shehbaz-sharif']);
    expect(deal?.date).toBe('2025-07-07');
  });

  it('leaves a meeting in a phrase of its own out of the main clause', () => {
    const deals = of('During talks between Chad and Niger in Niamey, Mali signed a deal with Senegal.', 'AGREE');
    expect(deals.flatMap((e) => [...e.source, ...e.target])).not.toContain('tcd');
  });
});

describe('phone calls', () => {
  it('reads "called X and Y on a day" as a call with each of them', () => {
    const calls = of('Blinken called Ishaq Dar and Benjamin Netanyahu on Sunday to urge restraint.', 'CONSULT');
    expect(
      calls
        .map((e) => e.target)
        .flat()
        .sort(),
    ).toEqual(['benjamin-netanyahu', 'ishaq-dar']);
    expect(calls.every((e) => e.source.includes('antony-blinken'))).toBe(true);
  });

  it('does not read calling someone names as a phone call', () => {
    expect(of('Erdogan called Netanyahu a butcher on Monday.', 'CONSULT')).toEqual([]);
  });

  it('does not read "called on X to" as a phone call', () => {
    expect(of('Macron called on Israel to halt the offensive.', 'CONSULT')).toEqual([]);
  });
});

describe('a possessive before a noun for people', () => {
  const typed = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target]);

  it('makes "X\'s delegation" or "X\'s negotiating team" act for X', () => {
    expect(typed("Armenia's delegation said it accepted a French proposal for a border commission.")).toContainEqual([
      'AGREE',
      ['arm'],
      ['fra'],
    ]);
    expect(typed("Ethiopia's negotiating team met Kenyan officials in Nairobi on Monday.")).toContainEqual([
      'CONSULT',
      ['eth'],
      ['ken'],
    ]);
  });

  it('still leaves a possessed noun that names no one acting for the possessor', () => {
    expect(typed("Serbia's decision surprised Kosovo.")).toEqual([]);
  });
});
