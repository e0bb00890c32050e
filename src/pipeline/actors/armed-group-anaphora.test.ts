import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-01-17';
const parties = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('"the rebels", "the militants" after an armed group was named', () => {
  it('are that group, not the sector of the state named last', () => {
    expect(
      parties(
        'Bogota suspended talks with the ELN on Friday after clashes near the border with Venezuela. ' +
          'The rebels attacked an army base in Arauca on Saturday.',
        'ASSAULT',
      ),
    ).toContain('eln>');
    expect(
      parties(
        'Al-Shabaab claimed the bombing in Mogadishu, the capital of Somalia. The militants attacked a hotel in Kismayo on Monday.',
        'ASSAULT',
      ),
    ).toEqual(['al-shabaab>']);
  });

  it('are the group the article named most, not one named once in passing', () => {
    expect(
      parties(
        'Bogota suspended talks with the ELN on Friday. The ELN had attacked dissidents of the former FARC rebels ' +
          'near Tibu on Thursday. The rebels attacked an army post in Arauca on Saturday.',
        'ASSAULT',
      ).at(-1),
    ).toMatch(/^eln>/);
  });

  it('stay the sector of a state named right after them', () => {
    expect(
      parties(
        'The Arakan Army seized a town on Friday. The rebels in Sudan attacked a convoy near El Fasher on Saturday.',
        'ASSAULT',
      ).some((dyad) => dyad.startsWith('sdn-rebels>')),
    ).toBe(true);
  });

  it('keep reading the state when no armed group was named', () => {
    const found = parties(
      'Mali said on Friday that its army had lost a base near Kidal. The rebels attacked a convoy on Saturday.',
      'ASSAULT',
    );
    expect(found).toEqual(['mli-rebels>']);
  });
});

describe('"the group" after an armed group and a generic agent were named', () => {
  it('is the named group, not the police or soldiers named after it', () => {
    expect(
      parties(
        'Jihadist fighters of JNIM ambushed a police convoy near Kayes on Sunday. The group later denied attacking civilians.',
        'ASSAULT',
      ).every((dyad) => !dyad.startsWith('police')),
    ).toBe(true);
    expect(
      parties(
        'Al-Shabaab fighters stormed a police post in Baidoa on Monday. The group said it attacked the post.',
        'ASSAULT',
      ),
    ).not.toContain('police>');
  });
});
