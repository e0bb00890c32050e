import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "deported migrants and has refused to", "expelled the envoy and later rejected talks": a verb joined by "and"
// over an auxiliary or an adverb shares the subject of the verb before, not the name just before it. Each
// sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-10-02');

describe('a verb joined by "and" over an auxiliary or adverb', () => {
  it('keeps the subject of the first verb', () => {
    expect(
      typed('Niger expelled the envoy of Benin and has refused to reopen the border since August.'),
    ).toContainEqual(['REJECT', ['ner'], ['ben'], 'ongoing']);
    expect(typed('Ecuador detained a Mexican diplomat and later rejected talks with Mexico.')).toContainEqual([
      'REJECT',
      ['ecu'],
      ['mex'],
      'occurred',
    ]);
  });
});

describe('a verb joined by "and" after one with no actor of its own', () => {
  it('takes the main clause subject', () => {
    const text =
      'Niger rejected the report on Monday, saying the convoy had been attacked inside Malian territory, and accused Mali of arming bandits.';
    expect(typed(text)).toContainEqual(['ACCUSE', ['ner'], ['mli'], 'occurred']);
  });
});
