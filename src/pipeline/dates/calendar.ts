/** Days are integers counted from 1970-01-01 (UTC), so date arithmetic has no time-zone traps. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

// Drafting parses the publication day for every trigger and clustering an event's day for every pair it
// weighs; a corpus holds a few thousand distinct days, so each text is parsed once (the cache is emptied
// if odd inputs ever fill it).
const parsedDays = new Map<string, DayNumber | null>();
const MAX_PARSED_DAYS = 100_000;

/** Parses YYYY-MM-DD into a day number; null for malformed or impossible dates (2025-02-30). */
export function parseIsoDay(iso: string): DayNumber | null {
  let day = parsedDays.get(iso);
  if (day === undefined) {
    if (parsedDays.size >= MAX_PARSED_DAYS) parsedDays.clear();
    day = parseIsoDayText(iso);
    parsedDays.set(iso, day);
  }
  return day;
}

function parseIsoDayText(iso: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of a calendar date; null when the date does not exist. */
export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

// Every event and cluster formats its days; a corpus spans a few thousand distinct days at most.
const formattedDays = new Map<DayNumber, string>();

/** Formats a day number as YYYY-MM-DD. */
export function formatDay(day: DayNumber): string {
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formattedDays.set(day, text);
  }
  return text;
}

/** Weekday of a day number: 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday on or before `day`: weeks run Monday to Sunday. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Year, month (1-12) and day of month of a day number. */
export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** First day of the month that is `delta` months from the month of `day`. */
export function monthStart(day: DayNumber, delta = 0): DayNumber {
  const { year, month } = partsOf(day);
  return Math.round(Date.UTC(year, month - 1 + delta, 1) / MS_PER_DAY);
}

/** Long weekday name, for human-readable date bases. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
