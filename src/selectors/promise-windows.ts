import type { DatePrecision } from '../model/bundle-schema.ts';
import { dateOfDay, dayOfDate } from '../model/day-number.ts';

/** Slack around a dated plan: time zones and night meetings reported as the next day. */
const TOLERANCE_DAYS = 1;
/** How long an undated announcement ("is set to travel") stays linkable: such plans read as "soon". */
export const UNDATED_PLAN_DAYS = 14;

/** Last day of the interval a date of this precision stands for ([d, d] for a day, the week from d, the month, the year). */
export function intervalEnd(day: number, precision: DatePrecision): number {
  if (precision === 'week') return day + 6;
  if (precision !== 'month' && precision !== 'year') return day;
  // Only months and years need the calendar: most reports are dated to the day.
  const date = dateOfDay(day);
  if (precision === 'month') return dayOfDate(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return dayOfDate(Date.UTC(date.getUTCFullYear(), 11, 31));
}

/**
 * The days in which a report that a plan happened may fall. Dated plans: the plan's interval (the day,
 * the week, the month, the year) widened by one day either side. Undated plans: from the announcement
 * to UNDATED_PLAN_DAYS after it. Never before the announcement was published.
 */
export function promiseWindow(day: number, precision: DatePrecision, published: number): [number, number] {
  if (precision === 'unknown' || Number.isNaN(day)) return [published, published + UNDATED_PLAN_DAYS];
  return [Math.max(published, day - TOLERANCE_DAYS), intervalEnd(day, precision) + TOLERANCE_DAYS];
}
