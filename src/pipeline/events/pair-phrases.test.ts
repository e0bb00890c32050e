import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { pairPhraseEnd, pairPhraseStart } from './pair-anaphora.ts';

const lowered = (text: string) => text.split(' ').map((word) => ({ lower: word.toLowerCase() }));

describe('pair phrases: a quantifier and a collective noun of parties', () => {
  it('end after the noun of "both", "the two" and "the rival" phrases, with one modifier between', () => {
    expect(pairPhraseEnd(lowered('urged both capitals to'), 1)).toBe(3);
    expect(pairPhraseEnd(lowered('the two rival armies'), 0)).toBe(4);
    expect(pairPhraseEnd(lowered('the rival administrations agreed'), 0)).toBe(3);
    expect(pairPhraseEnd(lowered('both foreign ministers'), 0)).toBe(3);
  });

  it('are not pair phrases without a quantifier or with a noun that is no party', () => {
    expect(pairPhraseEnd(lowered('the capitals'), 0)).toBe(-1);
    expect(pairPhraseEnd(lowered('both crossings'), 0)).toBe(-1);
    expect(pairPhraseEnd(lowered('the rival bids'), 0)).toBe(-1);
  });

  it('find where the phrase opens from its noun', () => {
    expect(pairPhraseStart(lowered('called on the two neighbours'), 4)).toBe(2);
    expect(pairPhraseStart(lowered('said both governments'), 2)).toBe(1);
    expect(pairPhraseStart(lowered('the rival administrations'), 2)).toBe(0);
    expect(pairPhraseStart(lowered('two governments'), 1)).toBe(-1);
  });
});

describe('pair phrases name the two parties of the sentences before', () => {
  const partiesOf = (text: string, type: string) =>
    eventsOf(text, '2025-05-10')
      .filter((e) => e.type === type)
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
      .sort();

  it('"both capitals" and "the two neighbours" are the two states a mediator calls on', () => {
    expect(
      partiesOf(
        'India and Pakistan exchanged artillery fire on Monday. The UN secretary-general urged both capitals to step back.',
        'REQUEST',
      ),
    ).toEqual(['antonio-guterres>ind', 'antonio-guterres>pak']);
    expect(
      partiesOf(
        'Armenia and Azerbaijan blamed each other for the shooting. The European Union called on the two neighbours to return to talks.',
        'REQUEST',
      ),
    ).toEqual(['eu>arm', 'eu>aze']);
  });

  it('"both governments" and "the rival administrations" are the two states that act together', () => {
    expect(
      partiesOf(
        'Rwanda and Congo held talks in Washington on Friday. Both governments agreed to expel the armed groups.',
        'AGREE',
      ),
    ).toContain('rwa+cod>');
    expect(
      partiesOf(
        'Serbia and Kosovo held talks in Brussels on Monday. The rival administrations agreed to recognise car plates.',
        'AGREE',
      ),
    ).toContain('srb+xkx>');
  });

  it('"the two armies" are the two states\' militaries, and an armed group is its own army', () => {
    expect(
      partiesOf(
        'Thailand and Cambodia traded fire along their border on Thursday. The two armies agreed to a ceasefire on Saturday.',
        'AGREE',
      ),
    ).toEqual(['tha-military+khm-military>']);
    expect(
      partiesOf('The Sudanese army and the RSF held talks in Jeddah. The two armies agreed to a truce.', 'AGREE'),
    ).toEqual(['sdn-military+rsf>']);
  });
});
