import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2024-11-28'; // a Thursday
const dyads = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe("a leader's own government and forces", () => {
  it('reads "his cabinet" after a named leader as the leader\'s state', () => {
    expect(dyads('Orban said his cabinet had approved the gas deal on Tuesday.', 'AGREE')).toEqual([[['hun'], []]]);
  });

  it('reads "her government" and "his troops" the same way', () => {
    expect(dyads('Sheinbaum said her government would sign the accord on Friday.', 'AGREE')[0]?.[0]).toEqual(['mex']);
    expect(dyads('Putin said his troops had repelled a Ukrainian attack.', 'ASSAULT')[0]?.[0]).toEqual([
      'rus-military',
    ]);
  });

  it('leaves "his" alone when no person is named before it', () => {
    expect(dyads('His cabinet approved the deal on Tuesday.', 'AGREE')).toEqual([]);
  });
});

describe('government nouns the sector forms lack', () => {
  it('reads "<state>\'s security cabinet" as the state', () => {
    expect(dyads("Israel's security cabinet approved the ceasefire agreement on Tuesday.", 'AGREE')).toEqual([
      [['isr'], []],
    ]);
  });
});

describe('approving an agreement', () => {
  it('is agreeing to it, not praising it', () => {
    expect(dyads('Serbia approved the border deal with Montenegro on Monday.', 'AGREE')[0]?.[0]).toEqual(['srb']);
  });
});

describe('a coordinated antecedent of a relative clause', () => {
  it('is the whole group: "A and B, which mediated the talks"', () => {
    expect(dyads('Kuwait and Oman, which mediated the talks, said a truce would follow.', 'CONSULT')[0]?.[0]).toEqual([
      'kwt',
      'omn',
    ]);
  });
});
