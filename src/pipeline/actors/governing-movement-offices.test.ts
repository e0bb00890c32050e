import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// "the Taliban's foreign minister": a movement that holds a state's offices names its office-holders as the
// state does ("Afghanistan's foreign minister"), so the phrase is the person, not the movement. Published
// 10 October 2025. The sentences are the team's own.
const PUBLISHED = '2025-10-10';

describe("a governing movement's office names its holder", () => {
  it.each([
    ["Wang Yi hosted the Taliban's foreign minister in Beijing on Thursday.", 'amir-khan-muttaqi>wang-yi'],
    ["Pakistan's army chief met the Taliban defence minister in Doha.", 'asim-munir>mohammad-yaqoob'],
    ["Lavrov held talks with the Taliban's foreign minister in Moscow.", 'sergey-lavrov>amir-khan-muttaqi'],
  ])('%s', (sentence, dyads) => {
    expect(dyadLine(sentence, 'CONSULT', PUBLISHED)).toBe(dyads);
  });
});

describe("a state's own office-holders are read as before", () => {
  it("Iran's foreign minister is still Iran's", () => {
    expect(dyadLine("Putin met Iran's foreign minister in Moscow.", 'CONSULT', PUBLISHED)).toBe(
      'vladimir-putin>abbas-araghchi',
    );
  });
});
