import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../dates/calendar.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import { windowOf } from './report-profile.ts';

const day = (iso: string) => parseIsoDay(iso)!;
const dated = (
  date: string | null,
  datePrecision: ExtractedEvent['datePrecision'],
  modality: ExtractedEvent['modality'] = 'ongoing',
) => ({ date, datePrecision, modality }) as ExtractedEvent;

describe('windowOf', () => {
  it('gives a day-precise report its day, a week its seven days and a month its days', () => {
    expect(windowOf(dated('2025-07-07', 'day'), null)).toEqual([day('2025-07-07'), day('2025-07-07')]);
    expect(windowOf(dated('2025-07-07', 'week'), null)).toEqual([day('2025-07-07'), day('2025-07-13')]);
    expect(windowOf(dated('2025-06-01', 'month'), null)).toEqual([day('2025-06-01'), day('2025-06-30')]);
  });

  it('lays a report with no date of its own three days either side of its date or its publication', () => {
    expect(windowOf(dated('2025-07-09', 'unknown'), null)).toEqual([day('2025-07-06'), day('2025-07-12')]);
    expect(windowOf(dated(null, 'unknown'), day('2025-07-09'))).toEqual([day('2025-07-06'), day('2025-07-12')]);
    expect(windowOf(dated(null, 'unknown'), null)).toBeNull();
  });

  it('ends the window of an undated report of what occurred at its date, and starts a planned one the day before', () => {
    expect(windowOf(dated('2025-07-09', 'unknown', 'occurred'), null)).toEqual([day('2025-07-06'), day('2025-07-09')]);
    expect(windowOf(dated('2025-07-09', 'unknown', 'planned'), null)).toEqual([day('2025-07-08'), day('2025-07-12')]);
  });

  it('gives a year no window: too vague to lay on one event', () => {
    expect(windowOf(dated('2025-01-01', 'year'), null)).toBeNull();
  });
});
