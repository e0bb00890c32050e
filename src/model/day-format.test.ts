import { describe, expect, it } from 'vitest';
import { formatEventDate, formatLongDate, formatShortDate } from './day-format.ts';

describe('the app date format', () => {
  it('writes a day as "7 Jul 2025", with the weekday where asked', () => {
    expect(formatShortDate('2025-07-07')).toBe('7 Jul 2025');
    expect(formatLongDate('2025-07-07')).toBe('Mon 7 Jul 2025');
    expect(formatShortDate(null)).toBe('no date');
  });

  it('never writes a date more precisely than the text gave it', () => {
    expect(formatEventDate('2025-02-01', 'month')).toBe('Feb 2025');
    expect(formatEventDate('2025-01-01', 'year')).toBe('2025');
    expect(formatEventDate('2025-07-07', 'week')).toBe('week of 7 Jul 2025');
    expect(formatEventDate('2025-07-07', 'day')).toBe('7 Jul 2025');
    // A publication day standing in for an unstated date is no date of the event.
    expect(formatEventDate('2025-07-07', 'unknown')).toBe('undated');
    expect(formatEventDate(null, 'day', 'not stated')).toBe('not stated');
  });
});
