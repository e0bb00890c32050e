import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-07-17'; // a Wednesday
const threats = (text: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === 'THREATEN')
    .map((e) => [e.source, e.target]);

describe('a thing that "threatens" endangers; it is no party threatening', () => {
  it('reads no threat when an act or a situation is the subject', () => {
    expect(threats('Kenya said the deployment threatened regional stability.')).toEqual([]);
    expect(
      threats('Cairo rejected the plan on Wednesday, saying the project threatens the water supply of millions.'),
    ).toEqual([]);
    expect(threats('The border dispute threatens to derail the peace process, Norway warned.')).toEqual([]);
    expect(threats('Seoul said the missile launches seriously threaten peace on the peninsula.')).toEqual([]);
  });

  it('keeps threats made by parties, named or not', () => {
    expect(threats('Iran threatened Israel with a harsh response on Monday.')).toEqual([[['irn'], ['isr']]]);
    expect(threats('The rebels threatened to attack the capital, Chad said on Monday.').length).toBe(1);
    expect(threats("Niger's junta threatened to expel the French ambassador on Monday.").length).toBe(1);
  });
});

describe('a thing that "threatens" after another verb of its own', () => {
  it('reads no threat when the thing is the subject of both verbs', () => {
    expect(threats('Baku said the blockade violated the ceasefire and threatened thousands of civilians.')).toEqual([]);
  });

  it('keeps a party that did something and threatened', () => {
    expect(threats('Pyongyang fired two missiles and threatened Seoul with more on Monday.')).toEqual([
      [['prk'], ['kor']],
    ]);
  });
});
