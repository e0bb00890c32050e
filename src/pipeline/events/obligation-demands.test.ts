import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A speaker saying another party must or should act demands it of that party. The sentences are the team's own.
const requests = (text: string) => dyadLine(text, 'REQUEST', '2025-03-10');

describe('a party said to be obliged to act', () => {
  it("is the speaker's REQUEST of that party, whatever the act", () => {
    expect(requests('Kagame said on Monday that Congo must first deal with the militia in its east.')).toBe(
      'paul-kagame>cod',
    );
    expect(requests('The Philippine foreign minister said China should respect the arbitral ruling.')).toBe(
      'enrique-manalo>chn',
    );
    expect(requests('Lavrov insisted that Kyiv should renounce its claims.')).toBe('sergey-lavrov>ukr');
    expect(requests('Beijing said Washington should stop arming Taiwan.')).toBe('chn>usa');
  });

  it('is read after a verb of saying in the present too', () => {
    expect(requests('Moscow says Kyiv must accept the new borders.')).toBe('rus>ukr');
    expect(requests('Sudan says the RSF must first hand over its heavy weapons.')).toBe('sdn>rsf');
  });

  it('leaves the demand to the act when the lexicon reads the act, which keeps its own actor', () => {
    const text = 'Kyiv said Russia must withdraw its troops from occupied land.';
    expect(requests(text)).toBe('ukr>rus');
    expect(dyadLine(text, 'RETREAT', '2025-03-10')).toBe('rus>ukr');
  });

  it("is no demand on the speaker's own side, in the passive or perfect, nor negated", () => {
    expect(requests('Netanyahu said Israel must defend itself.')).toBe('');
    expect(requests('Biden said the generals must be held accountable.')).toBe('');
    expect(requests('Macron said Ukraine must not lose the war.')).toBe('');
    expect(requests('Sharif said India should have known better.')).toBe('');
  });
});
