import { dayFromParts, formatDay, MONTH_NAMES } from '../dates/calendar.ts';

/**
 * The publication day of a plain-text article from a date line in its head ("March 14, 2025", "14 March 2025",
 * "Published: 2025-03-14 09:30", "Friday, 14 March 2025"): a line that holds a date and nothing else of weight,
 * within the first lines, as saved articles and hand-written ones carry under the headline or byline. A date in
 * a sentence is never one: it is the date of what the sentence tells.
 */
export function dateLineOf(text: string): { day: string; line: string } | null {
  const head = text
    .split('\n', HEAD_LINES * 2)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  for (const line of head) {
    const day = dayOfDateLine(line);
    if (day) return { day, line };
  }
  return null;
}

/** Lines of the head searched: headline, standfirst, byline, date line, dateline. */
const HEAD_LINES = 6;

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
// A month's name or any abbreviation of at least three letters ("Sep", "Sept."); checked by monthNumber.
const MONTH = '([a-z]{3,9})\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const LEAD = '(?:(?:published|updated|posted|first published|date)\\s*(?:on)?\\s*:?\\s*)?';
const TIME = '(?:\\s*(?:,|at|-|–)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,5})?)?';
const MONTH_FIRST = new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(`^${LEAD}${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const ISO = new RegExp(
  `^${LEAD}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?${TIME}$`,
  'i',
);

/** The ISO day a date line gives, or null when the line is not only a date. */
export function dayOfDateLine(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  let m = MONTH_FIRST.exec(text);
  if (m && monthNumber(m[1]!)) return isoDay(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m && monthNumber(m[2]!)) return isoDay(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** 1-12 for a month's name or abbreviation, 0 for any other word. */
function monthNumber(name: string): number {
  const word = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(word)) + 1;
}

/** YYYY-MM-DD of a real day, or null ("February 30"). */
function isoDay(year: number, month: number, day: number): string | null {
  const number = dayFromParts(year, month, day);
  return number === null ? null : formatDay(number);
}
