import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

/** The targets of a text's AGREE events. */
const promisedTo = (text: string, published = '2025-05-10') =>
  eventsOf(text, published)
    .filter((e) => e.type === 'AGREE')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('a promise whose act names the other side only by name or demonym', () => {
  it('is made to the first other side the promised act names', () => {
    expect(
      promisedTo('China pledged to suspend its new export controls for a year and to resume buying American soybeans.'),
    ).toEqual(['chn>usa']);
    expect(promisedTo('The SDF agreed on Monday to merge its institutions into the Syrian state.')).toEqual([
      'sdf>syr',
    ]);
    expect(promisedTo('Islamabad promised to hand over two suspects to Indian investigators.')).toEqual(['pak>ind']);
  });

  it("passes over the promiser's own side", () => {
    expect(promisedTo('Maduro agreed to take back Venezuelan migrants deported from the United States.')).toEqual([
      'nicolas-maduro>usa',
    ]);
  });

  it('looks no further than its clause, and names no one when the act names no other side', () => {
    expect(promisedTo('The RSF agreed to open corridors for aid convoys, and Egypt said it would help.')).toEqual([
      'rsf>',
    ]);
  });
});
