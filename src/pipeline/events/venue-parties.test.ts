import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A party named after "in" or "at" where two others sign, agree or meet is where they do it, not a third party
// ("signed the accord at the Pentagon", "agreed in Saudi talks"). The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a venue named after "in" or "at" of a joint act', () => {
  it('is no party to an agreement between two others', () => {
    expect(dyads('Serbia and Kosovo signed a trade pact at the Pentagon on Monday.', 'AGREE')).toBe('srb+xkx>');
    expect(dyads('Ethiopia and Eritrea agreed to reopen the border in Saudi talks on Monday.', 'AGREE')).toBe(
      'eth+eri>',
    );
  });

  it('is no party in a title-case headline either, nor to the truce agreed there', () => {
    expect(dyads('Sudan And South Sudan Agree To Truce In Ethiopia Talks', 'AGREE')).toBe('sdn+ssd>');
    expect(dyads('Sudan And South Sudan Agree To Truce In Ethiopia Talks', 'RETREAT')).toBe('sdn+ssd>');
    expect(dyads('Armenia And Azerbaijan Sign Declaration At State Department', 'AGREE')).toBe('arm+aze>');
  });

  it('stays the counterpart when it is the only one', () => {
    expect(dyads('Zelensky signed the minerals deal at the State Department.', 'AGREE')).toBe(
      'volodymyr-zelensky>state-department',
    );
  });

  it('leaves a party after "at" as the target of an attack', () => {
    expect(dyads('Russia and Belarus fired missiles at Ukraine on Monday.', 'ASSAULT')).toBe('rus+blr>ukr');
  });
});
