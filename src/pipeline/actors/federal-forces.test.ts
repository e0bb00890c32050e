import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const parties = (text: string, type: string, published = '2021-11-03') =>
  eventsOf(text, published)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe("a federal state's forces named by its standing", () => {
  it("are the state's military after its demonym or name", () => {
    expect(parties('Ethiopian federal forces attacked Tigrayan fighters near Dessie.', 'ASSAULT')).toBe(
      'eth-military>tdf',
    );
    expect(parties("Somalia's federal troops attacked an al-Shabaab base on Monday.", 'ASSAULT')).toMatch(
      /^som-military>/,
    );
  });

  it('are the military of the state the article named last when they stand alone', () => {
    expect(
      parties(
        'Nigeria deployed more troops to the north. Federal troops attacked a Boko Haram camp on Friday.',
        'ASSAULT',
      ),
    ).toMatch(/^nga-military>/);
    expect(
      parties('The TPLF said it had pushed back Ethiopia. It attacked federal troops near Dessie.', 'ASSAULT'),
    ).toMatch(/eth-military/);
  });

  it('names no one when the article named no state', () => {
    expect(parties('Federal troops attacked the camp on Friday.', 'ASSAULT')).not.toMatch(/military/);
  });
});
