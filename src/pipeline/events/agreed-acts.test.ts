import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An agreement or a pledge carries an act PLOVER codes beside the AGREE: a truce agreed on is declared (CAMEO
// 0871, RETREAT), aid pledged is aid to be given (07x, AID, planned), and what a party pledges to deliver,
// supply or finance for another (weapons, batteries, generators) is AID. Each sentence is the team's own.
const PUBLISHED = '2025-09-12';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('a truce agreed on is a RETREAT by the parties, besides the AGREE', () => {
  it.each([
    ['Armenia and Azerbaijan agreed on a three-day ceasefire on Tuesday.', ['arm', 'aze'], '2025-09-09'],
    ['Sudan and South Sudan agreed to a 72-hour truce on Monday.', ['sdn', 'ssd'], '2025-09-08'],
  ])('reads "%s"', (text, parties, day) => {
    const [truce] = of(text, 'RETREAT');
    expect(truce?.modality).toBe('occurred');
    expect([...truce!.source, ...truce!.target].sort()).toEqual(parties);
    expect(truce?.date).toBe(day);
    expect(of(text, 'AGREE')).toHaveLength(1);
  });

  it('makes no truce of a ceasefire proposal accepted, and a conditional one only hypothetical', () => {
    expect(of('Yerevan accepted the ceasefire proposal on Tuesday.', 'RETREAT')).toEqual([]);
    const [truce] = of('The ADF rebels agreed to a truce if the Ugandan army withdrew.', 'RETREAT');
    expect(truce?.modality).toBe('hypothetical');
  });

  it('makes no truce of one only hoped to be agreed', () => {
    expect(
      of('The mediators hoped a ceasefire could be agreed upon between Armenia and Azerbaijan.', 'RETREAT'),
    ).toEqual([]);
  });
});

describe('aid pledged or promised is AID, planned', () => {
  it('reads a pledge of money in aid as the aid to come', () => {
    const text = 'Norway pledged 40 million dollars in humanitarian aid to Yemen on Monday.';
    const [aid] = of(text, 'AID');
    expect(aid?.modality).toBe('planned');
    expect(aid?.source).toEqual(['nor']);
    expect(aid?.target).toEqual(['yem']);
    expect(of(text, 'AGREE').map((e) => e.modality)).toEqual(['occurred']);
  });

  it.each([
    ['Sweden promised to finance three more air-defence batteries for Ukraine.', 'swe', 'ukr'],
    ['Turkey committed to deliver armed drones to Somalia.', 'tur', 'som'],
    ['Italy agreed to supply power generators for Lebanon.', 'ita', 'lbn'],
  ])('reads the materiel promised in "%s" as AID, planned', (text, giver, receiver) => {
    const [aid] = of(text, 'AID');
    expect(aid?.modality).toBe('planned');
    expect(aid?.source).toEqual([giver]);
    expect(aid?.target).toEqual([receiver]);
  });
});
