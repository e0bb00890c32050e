import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const partiesOf = (text: string) =>
  eventsOf(text, '2025-05-10').map((e) => `${e.type} ${e.source.join('+')}>${e.target.join('+')}`);

describe('a relational noun followed by "with X" names X as the counterpart', () => {
  it('takes X after a possessed border, dispute or trade', () => {
    expect(partiesOf('Tajikistan settled its own border with Uzbekistan in 2018.')).toEqual(['AGREE tjk>uzb']);
    expect(partiesOf('Kyrgyzstan demarcated its border with Tajikistan in March.')).toEqual(['AGREE kgz>tjk']);
    expect(partiesOf('Ethiopia resolved its dispute with Eritrea in 2018.')).toEqual(['AGREE eth>eri']);
    expect(partiesOf('Thailand closed its land border with Cambodia on Monday.')).toEqual(['COERCE tha>khm']);
  });

  it('takes X after ties or relations, possessed or bare, named by a capital', () => {
    expect(partiesOf('Kyiv restored ties with Tbilisi on Monday.')).toEqual(['COOPERATE ukr>geo']);
    expect(partiesOf('Kinshasa broke off relations with Kigali.')).toEqual(['SANCTION cod>rwa']);
    expect(partiesOf('Baku normalised its relations with Yerevan.')).toEqual(['COOPERATE aze>arm']);
  });

  it('settling a border or a dispute is an agreement, and needs the noun', () => {
    expect(partiesOf('Armenia and Azerbaijan settled their border dispute in August.')).toEqual(['AGREE arm+aze>']);
    expect(partiesOf('Thousands of refugees settled in the border town.')).toEqual([]);
  });
});
