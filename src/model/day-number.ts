/** Days since 1970-01-01 (UTC), the one day arithmetic of the app: dates are whole days, never times. */
export const MS_PER_DAY = 86_400_000;

/** Day number of a YYYY-MM-DD string (NaN when it is not one). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** YYYY-MM-DD of a day number. */
export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** The UTC midnight starting a day number, for d3's time scales and formats. */
export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** The day number of a UTC date. */
export function dayOfDate(date: Date | number): number {
  return Math.floor(+date / MS_PER_DAY);
}
