import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { parseIsoDay } from './calendar.ts';
import { findDateExpressions } from './date-expressions.ts';
import { resolveRelativeDate } from './resolve-date.ts';

// Published Monday 7 July 2025 unless stated; each row: sentence, expected date, precision.
const MONDAY = '2025-07-07';
const WEDNESDAY = '2025-07-09';
const cases: [string, string, string, string][] = [
  ['Netanyahu met Trump on Monday.', WEDNESDAY, '2025-07-07', 'day'],
  ['Netanyahu met Trump on Tuesday.', WEDNESDAY, '2025-07-08', 'day'],
  ['Netanyahu met Trump on Wednesday.', WEDNESDAY, '2025-07-09', 'day'],
  ['Netanyahu met Trump on Thursday.', WEDNESDAY, '2025-07-03', 'day'],
  ['Netanyahu has met Trump on Monday.', WEDNESDAY, '2025-07-07', 'day'],
  ['Netanyahu will meet Trump on Thursday.', WEDNESDAY, '2025-07-10', 'day'],
  ['Netanyahu will meet Trump on Monday.', WEDNESDAY, '2025-07-14', 'day'],
  ['Netanyahu is set to meet Trump on Tuesday.', MONDAY, '2025-07-08', 'day'],
  ['Netanyahu is expected to meet Trump on Monday.', MONDAY, '2025-07-07', 'day'],
  ['Netanyahu is scheduled to meet Trump on Sunday.', MONDAY, '2025-07-13', 'day'],
  ['A meeting between Trump and Netanyahu was planned for Monday night.', MONDAY, '2025-07-07', 'day'],
  ['Trump hosted Netanyahu on Monday night.', '2025-07-08', '2025-07-07', 'day'],
  ['Trump hosted Netanyahu on Friday evening.', MONDAY, '2025-07-04', 'day'],
  ['Trump hosted Netanyahu last Monday.', MONDAY, '2025-06-30', 'day'],
  ['Trump will host Netanyahu next Monday.', MONDAY, '2025-07-14', 'day'],
  ['Trump hosted Netanyahu earlier this week.', WEDNESDAY, '2025-07-07', 'week'],
  ['Trump hosted Netanyahu last week.', WEDNESDAY, '2025-06-30', 'week'],
  ['Trump hosted Netanyahu last month.', WEDNESDAY, '2025-06-01', 'month'],
  ['Trump hopes to reach an agreement with Netanyahu by Thursday.', MONDAY, '2025-07-07', 'week'],
  ['Trump hopes to reach an agreement with Netanyahu within days.', MONDAY, '2025-07-07', 'week'],
  ['Trump met Netanyahu yesterday.', WEDNESDAY, '2025-07-08', 'day'],
  ['Trump will meet Netanyahu tomorrow.', WEDNESDAY, '2025-07-10', 'day'],
  ['Trump met Netanyahu three days ago.', WEDNESDAY, '2025-07-06', 'day'],
  ['Trump met Netanyahu on March 3.', WEDNESDAY, '2025-03-03', 'day'],
  ['Trump will meet Netanyahu on March 3.', WEDNESDAY, '2026-03-03', 'day'],
  ['Trump met Netanyahu on 20 January 2025.', WEDNESDAY, '2025-01-20', 'day'],
];

describe('weekday and relative dates resolve by tense against the publication date', () => {
  it.each(cases)('%s (published %s) -> %s', (sentence, published, date, precision) => {
    const events = eventsOf(sentence, published);
    expect(events.length).toBeGreaterThan(0);
    expect({ date: events[0]!.date, precision: events[0]!.datePrecision }).toEqual({ date, precision });
  });

  it('gives an undated event the publication date with precision unknown and says so', () => {
    const [event] = eventsOf('Trump hosted Netanyahu at the White House.', MONDAY);
    expect(event).toMatchObject({ date: MONDAY, datePrecision: 'unknown' });
    expect(event!.dateBasis).toMatch(/no date expression/);
  });

  it('explains how a weekday was resolved', () => {
    const [event] = eventsOf('Trump hosted Netanyahu on Monday.', '2025-07-08');
    expect(event!.dateBasis).toBe(
      "'on Monday', past tense, published Tuesday 2025-07-08: latest Monday on or before: 2025-07-07",
    );
  });

  it('leaves relative dates unresolved when the article has no publication date', () => {
    const [event] = eventsOf('Trump hosted Netanyahu on Monday.', null);
    expect(event).toMatchObject({ date: null, datePrecision: 'unknown' });
    expect(event!.dateBasis).toMatch(/no publication date/);
  });
});

describe('resolveRelativeDate', () => {
  const ctx = (direction: 'past' | 'future') => ({
    published: parseIsoDay('2025-07-09'),
    direction,
    previousDay: null,
    namedDates: [],
  });
  const resolve = (text: string, direction: 'past' | 'future') => {
    const [expr] = findDateExpressions(text);
    return resolveRelativeDate(expr!.text, expr!.meaning, ctx(direction));
  };

  it('turns the same weekday opposite ways by tense', () => {
    expect(resolve('on Friday', 'past').date).toBe('2025-07-04');
    expect(resolve('on Friday', 'future').date).toBe('2025-07-11');
  });

  it('flags impossible calendar dates instead of inventing one', () => {
    expect(resolve('on February 30, 2025', 'past')).toMatchObject({ date: null, precision: 'unknown' });
  });

  it('uses a named domain date for a yearless "October 7"', () => {
    const [expr] = findDateExpressions('after the October 7 massacre');
    const r = resolveRelativeDate(expr!.text, expr!.meaning, {
      ...ctx('past'),
      namedDates: [{ month: 10, day: 7, year: 2023, label: 'the attack' }],
    });
    expect(r.date).toBe('2023-10-07');
  });
});
