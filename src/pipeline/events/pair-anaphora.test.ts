import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { pairFromMeetings, type PartyFacts } from './pair-anaphora.ts';

const FACTS: Record<string, PartyFacts> = {
  'nicolas-maduro': { kind: 'person', side: 'ven' },
  'irfaan-ali': { kind: 'person', side: 'guy' },
  ven: { kind: 'state', side: 'ven' },
  guy: { kind: 'state', side: 'guy' },
  caricom: { kind: 'igo', side: 'caricom' },
  bra: { kind: 'state', side: 'bra' },
};
const factsOf = (id: string) => FACTS[id] ?? { kind: null, side: id };

describe('pairFromMeetings', () => {
  const summit = ['nicolas-maduro', 'irfaan-ali', 'caricom'];

  it('takes the two people of a meeting for "the two leaders", leaving out a mediating organisation', () => {
    expect(pairFromMeetings('leaders', [summit], factsOf)).toEqual(['nicolas-maduro', 'irfaan-ali']);
  });

  it('takes the states the people speak for for "both countries"', () => {
    expect(pairFromMeetings('countries', [summit], factsOf)).toEqual(['ven', 'guy']);
  });

  it('looks back past a later meeting of mediators that has no two leaders', () => {
    expect(pairFromMeetings('leaders', [summit, ['caricom', 'bra']], factsOf)).toEqual([
      'nicolas-maduro',
      'irfaan-ali',
    ]);
  });

  it('takes two parties for "both sides", else the two sides they speak for', () => {
    expect(pairFromMeetings('sides', [['ven', 'guy']], factsOf)).toEqual(['ven', 'guy']);
    expect(pairFromMeetings('sides', [['nicolas-maduro', 'ven', 'irfaan-ali']], factsOf)).toEqual(['ven', 'guy']);
  });

  it('falls back to the two states of the last meeting for "the two ministers" when no two people met', () => {
    expect(pairFromMeetings('ministers', [['ven', 'guy']], factsOf)).toEqual(['ven', 'guy']);
  });

  it('gives nothing when the meeting had three leaders', () => {
    expect(
      pairFromMeetings('leaders', [['nicolas-maduro', 'irfaan-ali', 'lula']], (id) =>
        id === 'lula' ? { kind: 'person', side: 'bra' } : factsOf(id),
      ),
    ).toBeNull();
  });
});

describe('"the two leaders" in an article', () => {
  it('names the two presidents who met, not the organisation they met with', () => {
    const text =
      'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks with the East African Community in Arusha on Monday. ' +
      'The two leaders agreed to reopen the Namanga border crossing.';
    const agree = eventsOf(text, '2025-03-04').filter((e) => e.type === 'AGREE');
    const parties = [...new Set(agree.flatMap((e) => [...e.source, ...e.target]))].sort();
    expect(parties).toEqual(['samia-suluhu-hassan', 'william-ruto']);
  });
});

describe('"both sides" and "the two leaders" with no meeting before them', () => {
  const partiesOf = (text: string, type: string, published = '2025-05-10') =>
    eventsOf(text, published)
      .filter((e) => e.type === type)
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
      .sort();

  it('take the two parties an earlier event joined', () => {
    expect(
      partiesOf(
        'India and Pakistan exchanged fire on Monday. Both sides accused each other of breaking the truce.',
        'ACCUSE',
      ),
    ).toEqual(['ind>pak', 'pak>ind']);
    expect(
      partiesOf(
        'Armenia and Azerbaijan signed a declaration on Friday. The two countries agreed to open their border.',
        'AGREE',
      ),
    ).toContain('arm+aze>');
  });

  it('take the two leaders a sentence named, kind by kind', () => {
    const text =
      'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti arrived in Ohrid on Saturday. ' +
      'The two leaders agreed to an annex on carrying out the plan.';
    const agree = eventsOf(text, '2023-03-20').filter((e) => e.type === 'AGREE');
    expect([...new Set(agree.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'albin-kurti',
      'aleksandar-vucic',
    ]);
  });

  it('fill the slot of a directed verb: the pair is the one pressed or praised', () => {
    expect(
      partiesOf(
        'Fighting between Thailand and Cambodia flared on Monday. Malaysia urged both sides to return to talks.',
        'REQUEST',
      ),
    ).toEqual(['mys>khm', 'mys>tha']);
    expect(
      partiesOf(
        'Kagame and Tshisekedi signed the accord in Washington on Friday. Trump praised both leaders.',
        'SUPPORT',
        '2025-06-28',
      ),
    ).toEqual(['donald-trump>felix-tshisekedi', 'donald-trump>paul-kagame']);
    expect(
      partiesOf(
        'Vucic and Kurti traded accusations on Monday. Borrell called on the two leaders to show restraint.',
        'REQUEST',
        '2023-06-01',
      ),
    ).toEqual(['josep-borrell>albin-kurti', 'josep-borrell>aleksandar-vucic']);
  });

  it('name no one when nothing before names two of their kind', () => {
    expect(partiesOf('Norway urged both sides to return to the table.', 'REQUEST')).toEqual(['nor>']);
  });
});
