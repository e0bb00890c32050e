import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2022-11-03';
const parties = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe('a region of a state before a noun for rebels, militants or protesters', () => {
  it("is that state's sector actor, named over both words", () => {
    expect(parties('Tigray rebels seized the town of Alamata on Sunday.', 'ASSAULT')).toMatch(/^eth-rebels>/);
    expect(parties('Darfur militants attacked a displacement camp on Monday.', 'ASSAULT')).toMatch(/^sdn-militants>/);
    const [event] = eventsOf('Tigray rebels seized the town of Alamata on Sunday.', PUBLISHED);
    expect(event?.actorSpans.map((a) => a.text)).toContain('Tigray rebels');
  });

  it('lets a headline join the state and its rebels by a comma', () => {
    expect(parties('Ethiopia, Tigray Rebels Agree To Stop Fighting After Two Years Of War', 'AGREE')).toMatch(
      /^(eth\+eth-rebels|eth-rebels\+eth)>/,
    );
  });

  it("leaves a region's soldiers alone: they are often the ones fighting the state", () => {
    expect(parties('Amhara soldiers seized the town of Alamata on Sunday.', 'ASSAULT')).not.toMatch(/eth-military/);
  });
});
