import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A measure or a truce is often reported by its state of effect, not by the act that made it: "remain in
// place" and "in force" hold now (ongoing), the present of coming into effect is a schedule (planned), the
// past of it occurred. Published Monday 7 July 2025. The sentences are the team's own.
const MONDAY = '2025-07-07';

type Row = [sentence: string, type: string, modality: string, date: string, precision: string];

describe('the state of effect of a measure or truce gives its modality', () => {
  it.each<Row>([
    ['EU sanctions on Russia remain in place, Kallas said on Monday.', 'SANCTION', 'ongoing', MONDAY, 'unknown'],
    ["US sanctions against Venezuela's oil sector remain in force.", 'SANCTION', 'ongoing', MONDAY, 'unknown'],
    [
      'The US arms embargo on Sudan stays in place, the State Department said.',
      'SANCTION',
      'ongoing',
      MONDAY,
      'unknown',
    ],
    ['UN sanctions on North Korea remain fully in effect.', 'SANCTION', 'ongoing', MONDAY, 'unknown'],
    [
      'The ceasefire between India and Pakistan came into force on Saturday evening.',
      'RETREAT',
      'occurred',
      '2025-07-05',
      'day',
    ],
    [
      'The ceasefire between Armenia and Azerbaijan took effect on Tuesday.',
      'RETREAT',
      'occurred',
      '2025-07-01',
      'day',
    ],
    [
      'A truce between the Sudanese army and the RSF comes into force on Friday, the mediators said.',
      'RETREAT',
      'planned',
      '2025-07-11',
      'day',
    ],
    [
      'The truce between Thailand and Cambodia takes effect at midnight on Monday.',
      'RETREAT',
      'planned',
      MONDAY,
      'day',
    ],
  ])('%s: %s %s on %s (%s)', (sentence, type, modality, date, precision) => {
    const event = eventsOf(sentence, MONDAY).find((e) => e.type === type);
    expect(event, `no ${type} event`).toBeDefined();
    expect({ modality: event!.modality, date: event!.date, precision: event!.datePrecision }).toEqual({
      modality,
      date,
      precision,
    });
  });

  it('a truce that takes effect is the truce itself, not a ceasefire still only talked of', () => {
    const events = eventsOf('The ceasefire between Armenia and Azerbaijan took effect on Tuesday.', MONDAY);
    expect(events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('a clause of its own does not lend its state of effect to an act before it', () => {
    const [event] = eventsOf('The EU imposed new sanctions on Russia, which remain in place until January.', MONDAY);
    expect(event).toMatchObject({ type: 'SANCTION', modality: 'occurred' });
  });
});

describe('a truce taking effect, its subject across a relative clause', () => {
  const truces = (text: string) => eventsOf(text, MONDAY).filter((e) => e.type === 'RETREAT');

  it('is the truce coming into effect, between those who made it in the relative clause', () => {
    const text = 'The ceasefire that Sudan and the RSF signed on Saturday took effect on Sunday.';
    expect(truces(text).map((e) => [e.source, e.target, e.date])).toEqual([[['sdn', 'rsf'], [], '2025-07-06']]);
    expect(eventsOf(text, MONDAY).map((e) => e.type)).toContain('AGREE');
  });

  it('takes the names modifying the truce noun when the clause names only its broker', () => {
    const text = 'The Armenian-Azerbaijani truce, which Russia brokered, took effect at noon on Saturday.';
    expect(truces(text).map((e) => e.source)).toEqual([['arm', 'aze']]);
  });

  it('reads no truce when what takes effect is something else', () => {
    expect(truces('The new rules that Serbia and Kosovo signed took effect on Sunday.')).toEqual([]);
  });
});
