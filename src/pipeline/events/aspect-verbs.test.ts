import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Beginning, going on with or helping to do something is doing it: "agreed to begin disarming" promises the
// disarming as "agreed to disarm" does (the promiser acts, planned), and "urged X to start withdrawing" asks for
// it. Building or extending a corridor, a route, a pipeline or a railway with another party is cooperation
// (CAMEO 061, COOPERATE). Each sentence is the team's own.
const PUBLISHED = '2025-05-20';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('an aspectual or helping verb passes the promise on to the act', () => {
  it.each([
    ['The FDLR agreed on Sunday to begin disarming within two months.', 'fdlr'],
    ['Russia pledged to start withdrawing its troops from Transnistria.', 'rus'],
    ['The ELN promised to begin to disarm after the talks.', 'eln'],
  ])('reads "%s" as a planned RETREAT by the promiser', (text, actor) => {
    const [act] = of(text, 'RETREAT');
    expect(act?.source).toEqual([actor]);
    expect(act?.modality).toBe('planned');
  });

  it('keeps an act asked for through an aspectual verb as the content of the request', () => {
    const text = 'Washington urged Belgrade to begin withdrawing its troops from the border.';
    expect(of(text, 'RETREAT')).toEqual([]);
    expect(of(text, 'REQUEST').map((e) => e.source)).toEqual([['usa']]);
  });
});

describe('building a corridor, a route or a pipeline together is COOPERATE', () => {
  it('reads a route a state promises to help build as planned cooperation with the country it crosses', () => {
    const text = 'Turkey promised to help build a new railway to Georgia.';
    const [work] = of(text, 'COOPERATE');
    expect(work?.modality).toBe('planned');
    expect([...work!.source, ...work!.target].sort()).toEqual(['geo', 'tur']);
  });

  it('reads a pipeline two states agreed to build as planned cooperation between them', () => {
    const [work] = of('Kazakhstan and Uzbekistan agreed to build a gas pipeline across the steppe.', 'COOPERATE');
    expect(work?.modality).toBe('planned');
    expect([...work!.source, ...work!.target].sort()).toEqual(['kaz', 'uzb']);
  });

  it('makes no cooperation of a road one party builds alone', () => {
    expect(of('Ukraine is building a new road near Zaporizhzhia.', 'COOPERATE')).toEqual([]);
  });
});
