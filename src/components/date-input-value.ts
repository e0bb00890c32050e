import { sanitiseDay } from '../state/filters.ts';

/**
 * What a date input's value commits: a day, null (the input was cleared), or undefined (nothing to commit
 * yet). Chromium fills a date's year segment as it is typed, so "2025" passes through 0002, 0020 and 0202,
 * each a valid date: a year below 1000 is taken for one half-typed. `badInput` is the browser saying some
 * segment is still empty (the value then reads "" although the field is not cleared).
 */
export function committedDay(value: string, badInput = false): string | null | undefined {
  if (badInput) return undefined;
  if (value === '') return null;
  const day = sanitiseDay(value);
  return day !== null && Number(day.slice(0, 4)) >= 1000 ? day : undefined;
}
