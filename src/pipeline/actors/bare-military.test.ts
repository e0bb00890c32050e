import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const sources = (text: string, published: string, type: string) =>
  eventsOf(text, published)
    .filter((e) => e.type === type)
    .map((e) => e.source.join('+'));

describe('"the army" in a sentence whose subject is a state or its leader', () => {
  it("is that state's military, not the military of the state the article named last", () => {
    const found = sources(
      'India accused its neighbour of sheltering militants on Saturday. ' +
        'Prime Minister Shehbaz Sharif ordered the army to deploy troops to the border on Sunday.',
      '2025-05-05',
      'MOBILIZE',
    );
    expect(found.join(' ')).not.toMatch(/ind/);
    expect(found.join(' ')).toMatch(/pak|shehbaz-sharif/);
  });

  it('still points back to the state named last when the sentence names none before it', () => {
    const found = sources(
      'Thailand closed its border crossings on Monday. The army shelled positions near the temple on Tuesday.',
      '2025-07-30',
      'ASSAULT',
    );
    expect(found).toEqual(['tha-military']); // as "the Thai army" is
  });

  it('is not the military of a state named only by a demonym before it', () => {
    const found = sources(
      "Armenia's defence minister said an Azerbaijani offensive could begin soon and that the army had been put on alert.",
      '2025-05-05',
      'MOBILIZE',
    );
    expect(found).toEqual(['arm-military']);
  });
});
