import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "The junta", "the regime": a government named by its kind stands for the state the text points back to.
const sources = (text: string, type: string) =>
  [
    ...new Set(
      eventsOf(text, '2023-08-29')
        .filter((e) => e.type === type)
        .flatMap((e) => e.source),
    ),
  ].sort();

describe('bare government nouns', () => {
  it('reads "the junta" as the state named before it', () => {
    expect(
      sources(
        'Soldiers seized power in Gabon on Wednesday. The junta rejected a transition plan offered by Angola.',
        'REJECT',
      ),
    ).toEqual(['gab']);
  });

  it('reads "the junta" as the state whose government the article named, not a state named after it', () => {
    expect(
      sources(
        "Mali's military government expelled the envoy of Sweden on Friday. The junta also rejected an offer of talks.",
        'REJECT',
      ),
    ).toEqual(['mli']);
  });

  it('does not make an actor of "the regime" when no state was named', () => {
    expect(sources('The regime rejected the offer on Tuesday.', 'REJECT')).toEqual([]);
  });
});
