import { describe, expect, it } from 'vitest';
import { eventsOf, projectResources } from '../test-support/resources.ts';

const parties = (text: string, type: string, published = '2024-03-12') =>
  eventsOf(text, published)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe("a state's armed forces named by their own name or acronym", () => {
  it("are that state's military, as the demonym and a military noun are", () => {
    expect(parties('FARDC troops shelled rebel positions near Sake on Monday.', 'ASSAULT')).toMatch(/^cod-military>/);
    expect(parties('The ENDF said it had retaken the town of Shewa Robit.', 'ASSAULT', '2021-12-02')).toMatch(
      /^eth-military>/,
    );
    expect(parties('FDLR fighters ambushed a Rwanda Defence Force patrol near the border.', 'ASSAULT')).toBe(
      'fdlr>rwa-military',
    );
    expect(parties('UPDF soldiers attacked an ADF camp in Ituri on Friday.', 'ASSAULT')).toBe('uga-military>adf');
    expect(parties('The Tatmadaw bombed a school in Sagaing on Tuesday.', 'ASSAULT')).toMatch(/^mmr-military>/);
    expect(parties("The Korean People's Army fired artillery shells into the sea.", 'ASSAULT')).toMatch(
      /^prk-military>/,
    );
    expect(parties('The Syrian Arab Army attacked the town on Sunday.', 'ASSAULT', '2019-05-06')).toMatch(
      /^syr-military>/,
    );
  });

  it('names the composed actor by them too, so they are shown and scored', () => {
    const military = projectResources().gazetteer.actors.get('cod-military');
    expect(military?.aliases).toContain('FARDC');
  });

  it('leaves a longer name holding one of them to its own group', () => {
    expect(parties("The Sudan People's Liberation Army attacked the town.", 'ASSAULT', '2012-04-10')).not.toMatch(
      /chn-military/,
    );
  });
});
