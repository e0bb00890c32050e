import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The CAMEO to PLOVER table types an easing by what is eased: economic sanctions, embargoes, tariffs, export
// controls and restrictions on trade are RETREAT (085), administrative ones (curfews, bans on contacts) CONCEDE
// (081). A promised or scheduled easing is the act, planned; one only said or considered stays Parley's verbal
// concession, CONCEDE. Each sentence is the team's own.
const PUBLISHED = '2025-04-02';
const types = (text: string) => eventsOf(text, PUBLISHED).map((e) => `${e.type} ${e.modality}`);

describe('easing an economic measure is RETREAT whatever the verb form', () => {
  it.each([
    ['Brussels pledged to suspend its duties on Moldovan wine for a year.', 'RETREAT planned'],
    ['Canada will lower its tariffs on Mexican steel from Monday.', 'RETREAT planned'],
    ['Tokyo committed to easing its export controls on South Korean chipmakers.', 'RETREAT planned'],
    ['Ankara lifted its embargo on Armenian goods on Friday.', 'RETREAT occurred'],
    ['Washington eased curbs on fertiliser exports to Belarus in March.', 'RETREAT occurred'],
  ])('reads "%s" as %s', (text, expected) => {
    const found = types(text);
    expect(found).toContain(expected);
    expect(found.filter((t) => t.startsWith('CONCEDE'))).toEqual([]);
  });

  it('keeps a restriction on a trade named by a demonym against that state', () => {
    const [easing] = eventsOf('Beijing will lift its ban on Lithuanian dairy imports next month.', PUBLISHED).filter(
      (e) => e.type === 'RETREAT',
    );
    expect(easing?.source).toEqual(['chn']);
    expect(easing?.target).toEqual(['ltu']);
  });
});

describe('the party an easing is for', () => {
  it('is never the easing side itself, named as the owner of the measure, but the other side named', () => {
    const [easing] = eventsOf('Trump lifted restrictions on US arms sales to Malaysia.', PUBLISHED).filter(
      (e) => e.type === 'RETREAT',
    );
    expect(easing?.source).toEqual(['donald-trump']);
    expect(easing?.target).toEqual(['mys']);
  });
});

describe('an administrative easing, or one only said or considered, stays CONCEDE', () => {
  it.each([
    ['Dhaka lifted the curfew in the capital on Sunday.'],
    ['Seoul lifted a ban on private contacts with the North on Thursday.'],
    ['Caracas said it would lift sanctions on Colombian airlines.'],
    ['Brussels could ease the embargo on Minsk if prisoners are freed.'],
  ])('reads "%s" as CONCEDE, with no RETREAT', (text) => {
    const found = types(text);
    expect(found.some((t) => t.startsWith('CONCEDE'))).toBe(true);
    expect(found.filter((t) => t.startsWith('RETREAT'))).toEqual([]);
  });
});
