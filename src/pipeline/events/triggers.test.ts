import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../model/bundle-schema.ts';
import { eventsOf } from '../test-support/resources.ts';

// One plain sentence per PLOVER type, with the expected source and target ids.
const cases: [string, string, string[], string[]][] = [
  ['AGREE', 'Israel and Hamas agreed to a ceasefire on Monday.', ['isr', 'hamas'], []],
  ['CONSULT', 'Netanyahu met with Vice President J.D. Vance on Tuesday.', ['benjamin-netanyahu'], ['jd-vance']],
  ['SUPPORT', 'Netanyahu praised Trump on Tuesday.', ['benjamin-netanyahu'], ['donald-trump']],
  ['CONCEDE', 'The United States lifted sanctions on Syria on Monday.', ['usa'], ['syr']],
  ['COOPERATE', 'Egypt is cooperating with Qatar.', ['egy'], ['qat']],
  ['AID', 'Jordan sent humanitarian aid to Gaza on Monday.', ['jor'], []],
  ['RETREAT', 'Hamas released hostages on Sunday.', ['hamas'], []],
  ['REQUEST', 'Trump urged Netanyahu to accept the deal.', ['donald-trump'], ['benjamin-netanyahu']],
  ['ACCUSE', 'Iran condemned Israel on Monday.', ['irn'], ['isr']],
  ['REJECT', 'Egypt rejected the plan on Monday.', ['egy'], []],
  ['THREATEN', 'Iran threatened Israel on Monday.', ['irn'], ['isr']],
  ['PROTEST', 'Hamas protested outside the embassy on Friday.', ['hamas'], []],
  ['SANCTION', 'The United States imposed sanctions on Iran on Monday.', ['usa'], ['irn']],
  ['MOBILIZE', 'Israel deployed troops to the border on Monday.', ['isr'], []],
  ['COERCE', 'Israel arrested Hamas members on Monday.', ['isr'], ['hamas']],
  ['ASSAULT', 'Israel struck Hezbollah on Monday.', ['isr'], ['hezbollah']],
];

describe('the trigger lexicon covers every PLOVER type with direction', () => {
  it('has a case for each of the 16 types', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(PLOVER_TYPES));
  });

  it.each(cases)('%s: %s', (type, sentence, source, target) => {
    const events = eventsOf(sentence);
    const event = events.find((e) => e.type === type);
    expect(event, `a ${type} event in ${JSON.stringify(events.map((e) => e.type))}`).toBeDefined();
    expect(event!.source).toEqual(source);
    if (target.length > 0) expect(event!.target).toEqual(target);
  });

  it('codes a visitor as source and the host as target for "hosted"', () => {
    const [event] = eventsOf('Trump hosted Netanyahu at the White House on Monday.', '2025-07-08');
    expect(event).toMatchObject({ type: 'CONSULT', mode: 'visit', source: ['benjamin-netanyahu'], target: ['donald-trump'], location: 'White House' });
  });

  it('codes lifting sanctions as a concession, not a sanction', () => {
    const events = eventsOf('The US administration announced it would lift sanctions on the Al-Tahrir organization.');
    expect(events.map((e) => [e.type, e.mode])).toEqual([['CONCEDE', 'easing']]);
  });

  it('lets a filler skip a word that only begins some other trigger when that trigger does not match there', () => {
    // "free" begins "free {actor}" (a release), "in" begins "in talks with": neither matches here.
    expect(eventsOf('Israel and Egypt signed a free trade agreement on Monday.').length).toBeGreaterThan(0);
    const text = 'Netanyahu held in-person talks with Trump on Monday.';
    const [talks] = eventsOf(text);
    expect(text.slice(talks!.trigger.start, talks!.trigger.end)).toMatch(/^held/);
  });

  it('splits one meeting with two people into one event per pair', () => {
    const events = eventsOf('On Tuesday, Netanyahu is expected to meet with Vice President J.D. Vance and House Speaker Mike Johnson.');
    expect(events.map((e) => e.target)).toEqual([['jd-vance'], ['mike-johnson']]);
  });

  it('does not read a noun after a possessive as a verb', () => {
    expect(eventsOf("Netanyahu stressed Israel's security demands.").filter((e) => e.type === 'REQUEST')).toEqual([]);
  });

  it('points every trigger span at the trigger words in the text', () => {
    const text = 'Iran condemned Israel on Monday.';
    const [event] = eventsOf(text);
    expect(text.slice(event!.trigger.start, event!.trigger.end)).toBe('condemned');
  });
});
