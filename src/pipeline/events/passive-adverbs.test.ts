import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// The team's own sentences. "was later rejected by", "were also expelled by", "was again attacked by": an adverb
// not in -ly between a passive's auxiliary and its participle leaves it a passive, whose "by" names who acts.
describe('a passive with an adverb before its participle', () => {
  it('takes its agent from "by"', () => {
    expect(dyadLine('The Armenian proposal was later rejected by Azerbaijan.', 'REJECT')).toBe('aze>arm');
    expect(dyadLine('Two Chadian diplomats were also expelled by Sudan on Friday.', 'SANCTION')).toBe('sdn>tcd');
    expect(dyadLine('Ukrainian positions near Pokrovsk were again shelled by Russia.', 'ASSAULT')).toBe('rus>ukr');
  });
});
