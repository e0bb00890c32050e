import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A demonym in the subject of a passive names the party acted on, as it does in the object of the active verb.
// Each sentence is the team's own, about several conflicts.
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-07-07')
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe('a demonym in the subject of a passive', () => {
  it.each([
    ['The Armenian proposal was rejected by Baku on Friday.', [['aze'], ['arm']]],
    ['The Serbian request was turned down by NATO.', [['nato'], ['srb']]],
    ['The Iranian offer was rejected by Washington on Sunday.', [['usa'], ['irn']]],
  ])('names who is answered in "%s"', (text, dyad) => {
    expect(dyads(text, 'REJECT')).toEqual([dyad]);
  });

  it('leaves a subject with no demonym without a target', () => {
    expect(dyads('The proposal was rejected by Baku on Friday.', 'REJECT')).toEqual([[['aze'], []]]);
  });

  it('keeps the people a demonym heads as before', () => {
    expect(dyads('Two Russian drones were shot down by Polish jets.', 'ASSAULT')).toEqual([[['pol'], ['rus']]]);
  });
});
