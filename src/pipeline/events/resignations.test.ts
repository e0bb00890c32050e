import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Resigning, stepping down or stepping aside from office is one act, a RETREAT as the field's public PLOVER gold
// sentences code a resignation (the 2021 table would file CAMEO 0831 under CONCEDE; the gold is followed, as the
// lexicon always did). Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('leaving office', () => {
  it('is a RETREAT whichever verb tells it', () => {
    expect(typed("Haiti's prime minister resigned on Monday after weeks of protests.").map((e) => e[0])).toEqual([
      'RETREAT',
    ]);
    expect(typed("Sri Lanka's president stepped down on Thursday.").map((e) => e[0])).toEqual(['RETREAT']);
    expect(typed("Nepal's prime minister stepped aside on Tuesday.").map((e) => e[0])).toEqual(['RETREAT']);
  });

  it('is refused, not made, when the leader says he will not step aside', () => {
    expect(
      typed('Kurti said he would not step aside.').filter((e) => e[0] === 'RETREAT' && e[3] === 'occurred'),
    ).toEqual([]);
  });
});
