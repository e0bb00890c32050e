import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2023-09-01'; // a Friday
const dyads = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe('an agent noun followed by "in" and a state, as a subject', () => {
  it('reads soldiers in a state as its military', () => {
    expect(dyads('Soldiers in Gabon detained President Ali Bongo on Wednesday.', 'COERCE')).toBe(
      'gab-military>ali-bongo-ondimba',
    );
    expect(dyads('Mutinous soldiers in Burkina Faso arrested two ministers on Monday.', 'COERCE')).toMatch(
      /^bfa-military>/,
    );
    expect(dyads('A group of soldiers in Guinea detained the president on Sunday.', 'COERCE')).toMatch(
      /^gin-military>/,
    );
  });

  it('reads troops in a state after a comma too', () => {
    expect(dyads('On Tuesday, troops in Niger closed the border with Benin.', 'COERCE')).toMatch(/^ner-military>/);
  });

  it('keeps a demonym that names the soldiers of another state', () => {
    expect(dyads('French soldiers in Mali killed a senior jihadist commander on Thursday.', 'ASSAULT')).toMatch(
      /^fra-military>/,
    );
  });

  it('leaves soldiers in a state alone after a verb or an owner', () => {
    expect(dyads('Washington will withdraw its soldiers in Niger by next month.', 'RETREAT')).not.toMatch(
      /ner-military/,
    );
  });

  it("leaves them alone when the article named another state's soldiers before", () => {
    const text =
      'American troops have been based in eastern Syria since 2015. ' +
      'On Thursday troops in Syria shot down two drones near the base.';
    expect(dyads(text, 'ASSAULT')).not.toMatch(/syr-military>/);
  });
});
