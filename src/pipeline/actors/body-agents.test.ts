import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

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
