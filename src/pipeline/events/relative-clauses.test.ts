import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Each event of `type` as "source>target".
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-07-08')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('a name, a relative clause set off by commas, then a verb of saying', () => {
  it('has the name speak, not a party the relative clause names', () => {
    expect(dyads('Kallas, who visited Kyiv on Monday, said Russia must withdraw its troops.', 'REQUEST')).toEqual([
      'kaja-kallas>rus',
    ]);
    expect(
      dyads(
        'Rubio, who met Lavrov in Riyadh on Tuesday, said on Wednesday that Russia must stop its attacks.',
        'REQUEST',
      ),
    ).toEqual(['marco-rubio>rus']);
  });

  it("still has the relative clause's own verb done by the name", () => {
    expect(dyads('Kallas, who visited Kyiv on Monday, said Russia must withdraw its troops.', 'CONSULT')).toEqual([
      'kaja-kallas>ukr',
    ]);
  });
});

describe('"whose" and what the antecedent owns', () => {
  it('makes the antecedent the actor of what its fighters or weapons do', () => {
    // The strike in May; the attacks threatened are the hypothetical ASSAULT of the same side.
    const struck = eventsOf(
      'The Houthis, whose missiles struck an Israeli airport in May, threatened more attacks.',
      '2025-07-08',
    )
      .filter((e) => e.type === 'ASSAULT' && e.modality === 'occurred')
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);
    expect(struck).toEqual(['houthis>isr']);
    expect(
      dyads('Hamas, whose fighters attacked Israel in October, agreed on Sunday to release the hostages.', 'ASSAULT'),
    ).toEqual(['hamas>isr']);
  });
});

describe('a pair named before a noun, then a relative clause', () => {
  it('is the antecedent of the relative clause and the subject of the main verb', () => {
    const text = 'Thai and Cambodian army chiefs, who last spoke by phone on Friday, will meet on Tuesday.';
    expect(dyads(text, 'CONSULT')).toEqual(['tha-military+khm-military>', 'tha-military+khm-military>']);
  });

  it('joins possessors that share one noun ("A\'s and B\'s ministers")', () => {
    expect(dyads("Armenia's and Azerbaijan's foreign ministers met in Almaty on Friday.", 'CONSULT')).toEqual([
      'arm+aze>',
    ]);
    expect(
      dyads(
        "Serbia's and Kosovo's negotiators, who last met in June, will meet again in Brussels on Monday.",
        'CONSULT',
      ),
    ).toEqual(['srb+xkx>', 'srb+xkx>']);
  });

  it('has a titled noun before the relative clause speak', () => {
    expect(
      dyads('The EU foreign policy chief, who visited Kyiv on Monday, said Russia must withdraw.', 'REQUEST'),
    ).toEqual(['eu>rus']);
  });
});

describe('a name, a relative clause set off by commas, then any main verb', () => {
  it('has the name act, not a party the relative clause names', () => {
    expect(dyads('Qatar, which has hosted Hamas leaders for years, condemned the strike on Monday.', 'ACCUSE')).toEqual(
      ['qat>'],
    );
    expect(
      dyads(
        'Japan, which signed a defence pact with the Philippines in 2024, summoned the Chinese ambassador.',
        'ACCUSE',
      ),
    ).toEqual(['jpn>chn']);
  });

  it('leaves a clause that is no relative one alone', () => {
    expect(dyads('After talks with Kenya, Uganda expelled the Sudanese envoy on Monday.', 'SANCTION')).toEqual([
      'uga>sdn',
    ]);
  });
});
