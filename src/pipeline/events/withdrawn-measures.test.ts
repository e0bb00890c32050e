import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Withdrawing, scrapping or repealing a bill, law, decree or ban is a change of policy given to those who demanded
// it (CAMEO 0832, accede to demands for change in policy: CONCEDE), not a withdrawal of forces; allowing or granting
// a party access is RETREAT (CAMEO 086 and 0863, allow international involvement or aid). Each sentence is the
// team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const kinds = (text: string) => typed(text).map((e) => e[0]);

describe('a measure withdrawn', () => {
  it('is a CONCEDE, not a RETREAT', () => {
    expect(kinds("Kenya's president scrapped the finance bill after deadly protests.")).toEqual(['CONCEDE']);
    expect(kinds('The Mongolian government withdrew the draft media law on Tuesday.')).toEqual(['CONCEDE']);
    expect(kinds("Nepal's government repealed the social media ban after the protests.")).toContain('CONCEDE');
  });

  it('leaves a ban on trade eased a RETREAT', () => {
    expect(kinds('Beijing dropped its ban on Japanese seafood imports.')).toEqual(['RETREAT']);
  });
});

describe('access allowed or granted', () => {
  it('is a RETREAT to the party given access', () => {
    expect(typed('Israel granted UN agencies access to northern Gaza on Monday.')).toContainEqual([
      'RETREAT',
      ['isr'],
      ['un'],
      'occurred',
    ]);
    expect(kinds("Sudan's army allowed aid convoys access to Kadugli.")).toEqual(['RETREAT']);
  });
});
