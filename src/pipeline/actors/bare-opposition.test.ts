import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// "The opposition" is the opposition of the state the article is about, as "the police" is its police; the
// owner of a demand a government bows to is whom it concedes to.
describe('"the opposition" with no state before it', () => {
  it("is the opposition of the state the sentence or the article named, also as a demand's owner", () => {
    expect(dyadLine("Georgia's government bowed to the opposition's demands on Monday.", 'CONCEDE')).toBe(
      'geo>geo-opposition',
    );
    expect(
      dyadLine('Protests spread across Serbia on Friday. The opposition rejected the offer of talks.', 'REJECT'),
    ).toBe('srb-opposition>');
  });

  it('is not a party beside a person it describes', () => {
    expect(dyadLine('Opposition figure Maria Corina Machado accused Maduro of fraud.', 'ACCUSE')).not.toMatch(
      /opposition/,
    );
    expect(dyadLine('The opposition politician Albin Kurti accused Belgrade of meddling.', 'ACCUSE')).not.toMatch(
      /opposition/,
    );
  });
});
