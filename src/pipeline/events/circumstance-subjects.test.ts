import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A meeting, or an act told by a bare -ing verb, in a circumstance right after a verb ("agreed after meeting in
// Ankara", "decided after talks with Dhaka") is the verb's subject's, and its day is the verb's when the verb has
// none. Each sentence is the team's own, about several conflicts.
const PUBLISHED = '2025-07-07'; // a Monday
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const parties = (e: { source: string[]; target: string[] }) => [...e.source, ...e.target].sort();

describe('a meeting in the circumstance of a verb is its subject’s', () => {
  it.each([
    ['Erdogan and Aliyev agreed after meeting in Ankara on Friday.', ['ilham-aliyev', 'recep-tayyip-erdogan']],
    [
      'Kagame and Tshisekedi agreed after talks in Doha on Tuesday to withdraw troops.',
      ['felix-tshisekedi', 'paul-kagame'],
    ],
    ['India decided after talks with Bangladesh to reopen the rail link.', ['bgd', 'ind']],
    ['Ethiopia and Eritrea decided at a summit in Asmara on Monday to reopen their embassies.', ['eri', 'eth']],
  ])('reads the meeting in "%s"', (text, expected) => {
    const meetings = of(text, 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(parties(meetings[0]!)).toEqual(expected);
  });

  it('gives the meeting’s day to the decision taken at it', () => {
    const text = 'Kagame and Tshisekedi agreed after talks in Doha on Tuesday to withdraw troops.';
    expect(of(text, 'CONSULT').map((e) => e.date)).toEqual(['2025-07-01']);
    expect(of(text, 'AGREE').map((e) => e.date)).toEqual(['2025-07-01']);
  });

  it('leaves an attack in the circumstance to its own actors', () => {
    const text = 'Pakistan closed its border crossings after Taliban attacks on its soldiers.';
    for (const attack of of(text, 'ASSAULT')) expect(attack.source).not.toContain('pak');
  });
});

describe('a meeting noun after a preposition opening the sentence', () => {
  it('reads "Following talks" as talks, not as a verb whose subject is "Following"', () => {
    const text = 'Following talks with Erdogan in Ankara, Aliyev said the border would stay closed.';
    expect(of(text, 'CONSULT').map((e) => [e.source, e.target])).toEqual([
      [['ilham-aliyev'], ['recep-tayyip-erdogan']],
    ]);
  });
});

describe('an attack noun naming the means of the attack before it', () => {
  it.each([
    ['Israel killed a Hamas commander in an airstrike on Gaza City on Tuesday.', 'isr'],
    ['Russia killed three Ukrainian soldiers in a drone attack near Pokrovsk.', 'rus'],
    ['Azerbaijan killed two Armenian soldiers in shelling near the border on Friday.', 'aze'],
  ])('is the attacker’s act in "%s", not the victim’s', (text, attacker) => {
    for (const attack of of(text, 'ASSAULT')) expect(attack.source).toEqual([attacker]);
  });

  it('leaves an attack in a clause of its own to its own actors', () => {
    const text = 'Israel killed a Hamas commander, and Hamas fired rockets in an attack on Ashkelon.';
    expect(of(text, 'ASSAULT').some((e) => e.source.includes('hamas'))).toBe(true);
  });
});

describe('a compound attack noun in a prepositional phrase', () => {
  it('is a noun, told in the tense of its clause, not a verb in the present', () => {
    const text = 'Russia killed three Ukrainian soldiers in a drone attack near Pokrovsk.';
    expect(of(text, 'ASSAULT').map((e) => e.modality)).toEqual(['occurred', 'occurred']);
  });
});
