import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "mediated by Egypt and Qatar", "brokered by the US, Saudi Arabia and the African Union": every name joined to a
// mediator's mediates. Mediators are not "the two sides", nor the parties of "the fighting between the
// neighbours", and another verb's agent is not a noun's party. Each sentence is the team's own.
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-11-03')
    .filter((e) => e.type === type)
    .map((e) => `${[...e.source].sort().join('+')}>${[...e.target].sort().join('+')}`);

describe('mediators joined by "and"', () => {
  it('are not the two sides that agree to meet again', () => {
    const text =
      'Ethiopia and Eritrea held talks on Sunday mediated by Kenya and Egypt. The two sides will meet again in Nairobi next month.';
    expect(dyads(text, 'CONSULT').some((d) => d.startsWith('eri+eth>') || d === 'eri>eth' || d === 'eth>eri')).toBe(
      true,
    );
    expect(dyads(text, 'CONSULT').filter((d) => d.includes('egy') && !d.includes('eth'))).toEqual([]);
  });

  it('are not the parties of the fighting the talks ended', () => {
    const text =
      'Thailand and Cambodia agreed to a truce on Monday after talks mediated by Malaysia and China, ending days of fighting between the neighbours.';
    const assaults = [...dyads(text, 'ASSAULT'), ...dyads(text, 'RETREAT')];
    expect(assaults.filter((d) => d.includes('mys') || d.includes('chn'))).toEqual([]);
  });
});

describe('"between the" and a plural noun', () => {
  it('stands for the two parties named before; rivals for the last two named, not an older meeting', () => {
    const text = 'Serbia and Kosovo traded accusations on Monday. Talks between the rivals resumed on Wednesday.';
    expect(dyads(text, 'CONSULT')).toContainEqual('srb+xkx>');
    const after =
      'Kenya hosted talks between Ethiopia and Eritrea on Friday. Serbia and Kosovo traded accusations on Monday. Talks between the rivals resumed on Wednesday.';
    expect(dyads(after, 'CONSULT').at(-1)).toBe('srb+xkx>');
  });
});
