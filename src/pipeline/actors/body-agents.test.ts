import { describe, expect, it } from 'vitest';
import { dyadLine, eventsOf } from '../test-support/resources.ts';

const DAY = '2025-07-07'; // a Monday

/** Each actor span of the sentence's events as "actor=words", once. */
const spans = (text: string) => [
  ...new Set(eventsOf(text, DAY).flatMap((e) => e.actorSpans.map((s) => `${s.actorId}=${s.text}`))),
];

describe("an organisation's or armed group's name before a noun for its officials ('Hamas negotiators')", () => {
  it('is one mention of the body over both words', () => {
    expect(spans('Hamas negotiators rejected the Israeli proposal on Monday.')).toContain('hamas=Hamas negotiators');
    expect(spans('Taliban officials met Pakistani diplomats in Kabul on Tuesday.')).toContain(
      'taliban=Taliban officials',
    );
    expect(spans('EU diplomats accused Moscow of stalling the talks on Monday.')).toContain('eu=EU diplomats');
    expect(spans('A Houthi delegation met Omani mediators in Muscat on Sunday.')).toContain(
      'houthis=Houthi delegation',
    );
  });

  it('leaves a title before a name to the person', () => {
    expect(spans('Hamas official Khalil al-Hayya rejected the proposal on Monday.')[0]).toMatch(/^khalil-al-hayya=/);
  });
});

describe("an agent noun and 'from' before an armed group's or organisation's name ('a delegation from Hamas')", () => {
  it('is that body, as "troops from Chad" is Chad\'s military', () => {
    expect(dyadLine('Officials from the EU met Serbian negotiators in Brussels on Monday.', 'CONSULT', DAY)).toBe(
      'eu>srb',
    );
    expect(dyadLine('Negotiators from the Taliban met US officials in Doha on Saturday.', 'CONSULT', DAY)).toBe(
      'taliban>usa',
    );
    expect(dyadLine('Fighters from the RSF stormed a camp near El Fasher on Sunday.', 'ASSAULT', DAY)).toMatch(/^rsf>/);
  });

  it('leaves things moved out of a body to the verb', () => {
    expect(dyadLine('Washington withdrew its diplomats from the EU mission on Monday.', 'SANCTION', DAY)).toBe(
      'usa>eu',
    );
  });
});
