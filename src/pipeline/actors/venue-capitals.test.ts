import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-06-12'; // a Wednesday
const dyads = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe('a capital named as the venue of talks', () => {
  it('does not make its state the one "the army" of a later sentence belongs to', () => {
    const text =
      'Colombian government negotiators and ELN commanders resumed talks in Caracas on Monday. ' +
      'The rebels accused the army of breaking the truce.';
    expect(dyads(text, 'ACCUSE')).toEqual([[['eln'], ['col-military']]]);
  });

  it('does so for talks hosted abroad in other conflicts', () => {
    const text =
      'Ethiopian officials and Tigrayan leaders held talks in Nairobi on Monday. ' +
      'Rebel commanders said the military had shelled two towns.';
    expect(dyads(text, 'ASSAULT').map(([source]) => source)).toEqual([['eth-military']]);
  });

  it('still takes a capital that acts as its government', () => {
    const text = 'Nairobi condemned the attack on Monday. The army was put on alert.';
    expect(dyads(text, 'MOBILIZE').flat(2)).not.toContain('eth-military');
  });
});
