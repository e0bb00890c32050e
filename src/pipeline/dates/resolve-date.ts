import type { DatePrecision } from '../../model/bundle-schema.ts';
import {
  type DayNumber,
  dayFromParts,
  formatDay,
  mondayOf,
  monthStart,
  partsOf,
  weekdayOf,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from './calendar.ts';
import type { DateMeaning } from './date-expressions.ts';

/** Which way a bare weekday or month points: past tense looks back, future or planned looks forward. */
export type TimeDirection = 'past' | 'future';

/** A resolved date: the day (start of the range for coarser precisions), precision and a readable basis. */
export type ResolvedDate = { date: string | null; precision: DatePrecision; basis: string };

/** A date with no year ("October 7") that this domain's texts use for one specific day. */
export type NamedDate = { month: number; day: number; year: number; label: string };

export type ResolveContext = {
  published: DayNumber | null;
  direction: TimeDirection;
  /** The last day-precision date resolved earlier in the article, for "that day". */
  previousDay: DayNumber | null;
  namedDates: NamedDate[];
};

/**
 * Resolves a date expression against the publication date, by Parley's tense rule: a bare weekday in
 * the past tense is the latest such day on or before publication; in the future, the next on or after.
 */
export function resolveRelativeDate(expression: string, meaning: DateMeaning, ctx: ResolveContext): ResolvedDate {
  // "since April" always looks back; a tense fixed by the verb the date attaches to wins over the event's own.
  if (/^since\b/i.test(expression)) ctx = { ...ctx, direction: 'past' };
  else if (meaning.tense) ctx = { ...ctx, direction: meaning.tense };
  const quoted = `'${expression}'`;
  if (meaning.kind === 'shifted') return resolveShifted(expression, meaning, ctx);
  if (meaning.kind === 'relation') return notGiven(quoted, 'a distance between two events, not a date', ctx);
  if (meaning.kind === 'calendar' && meaning.year !== null)
    return resolveCalendar(meaning, meaning.year, `${quoted}, explicit date`);
  if (meaning.kind === 'year')
    return { date: `${meaning.year}-01-01`, precision: 'year', basis: `${quoted}, explicit year` };
  if (meaning.kind === 'day-offset') {
    if (ctx.previousDay === null) return notGiven(quoted, 'no earlier day in the article to count from', ctx);
    if (meaning.week)
      return weekResult(
        mondayOf(ctx.previousDay + meaning.days),
        `${quoted}, the week of ${meaning.days} days from the day last named in the article, ${formatDay(ctx.previousDay)}`,
      );
    return dayResult(
      ctx.previousDay + meaning.days,
      `${quoted}, from the day last named in the article, ${formatDay(ctx.previousDay)}`,
    );
  }
  if (meaning.kind === 'same-day') {
    if (ctx.previousDay === null) return unresolved(quoted, 'no earlier date in the article to refer to');
    return {
      date: formatDay(ctx.previousDay),
      precision: 'day',
      basis: `${quoted}, the day last named in the article: ${formatDay(ctx.previousDay)}`,
    };
  }
  const pub = ctx.published;
  if (pub === null) return unresolved(quoted, 'the article has no publication date');
  const pubText = `published ${formatDay(pub)}`;
  switch (meaning.kind) {
    case 'calendar':
      return resolveYearlessCalendar(meaning, quoted, ctx, pub);
    case 'weekday':
      return resolveWeekday(meaning, quoted, ctx.direction, pub);
    case 'relative-day':
      return dayResult(pub + meaning.offset, `${quoted}, ${pubText}`);
    case 'ago':
      return resolveAgo(meaning, quoted, pub, pubText);
    case 'week':
      return weekResult(mondayOf(pub) + 7 * meaning.offset, `${quoted}, ${pubText}: the week of`);
    case 'weekend':
      return resolveWeekend(meaning.offset, quoted, ctx.direction, pub);
    case 'overnight':
      // News says "overnight" of the night just gone, whatever the tense of what is still going on.
      return dayResult(pub, `${quoted}, the night into the day of publication, ${pubText}`);
    case 'anniversary':
      if (ctx.direction === 'future') return notGiven(quoted, 'the day of the anniversary is not given', ctx);
      return dayResult(
        pub,
        `${quoted}, the date of what is marked is not given: taken as the day of the report, ${pubText}`,
      );
    case 'within': {
      const precision: DatePrecision = meaning.unit === 'day' ? 'week' : 'month';
      return {
        date: formatDay(pub),
        precision,
        basis: `${quoted}, ${pubText}: a ${precision} from publication, no exact day`,
      };
    }
    case 'month-relative':
      return monthResult(monthStart(pub, meaning.offset), `${quoted}, ${pubText}`);
    case 'year-relative':
      return { date: `${partsOf(pub).year + meaning.offset}-01-01`, precision: 'year', basis: `${quoted}, ${pubText}` };
  }
}

function resolveWeekday(
  meaning: Extract<DateMeaning, { kind: 'weekday' }>,
  quoted: string,
  direction: TimeDirection,
  pub: DayNumber,
): ResolvedDate {
  const pubWeekday = weekdayOf(pub);
  const back = (pubWeekday - meaning.weekday + 7) % 7;
  const forward = (meaning.weekday - pubWeekday + 7) % 7;
  const pubText = `published ${WEEKDAY_NAMES[pubWeekday]} ${formatDay(pub)}`;
  switch (meaning.modifier) {
    case 'last':
      return dayResult(pub - (back === 0 ? 7 : back), `${quoted}, the one before publication, ${pubText}`);
    case 'next':
      return dayResult(pub + (forward === 0 ? 7 : forward), `${quoted}, the one after publication, ${pubText}`);
    case 'this':
      return dayResult(
        mondayOf(pub) + ((meaning.weekday + 6) % 7),
        `${quoted}, in the week of publication, ${pubText}`,
      );
    case 'by': {
      const deadline = pub + forward;
      return {
        date: formatDay(pub),
        precision: 'week',
        basis: `${quoted}, a deadline: between publication (${formatDay(pub)}) and ${WEEKDAY_NAMES[meaning.weekday]} ${formatDay(deadline)}`,
      };
    }
    default:
      if (direction === 'past')
        return dayResult(
          pub - back,
          `${quoted}, past tense, ${pubText}: latest ${WEEKDAY_NAMES[meaning.weekday]} on or before`,
        );
      return dayResult(
        pub + forward,
        `${quoted}, future or planned, ${pubText}: next ${WEEKDAY_NAMES[meaning.weekday]} on or after`,
      );
  }
}

/**
 * "the weekend", "over the weekend" follow the tense: in the past the latest weekend on or before
 * publication, in the future the next on or after. Precision week, from the Monday of the weekend's week.
 */
function resolveWeekend(offset: number, quoted: string, direction: TimeDirection, pub: DayNumber): ResolvedDate {
  const pubText = `published ${WEEKDAY_NAMES[weekdayOf(pub)]} ${formatDay(pub)}`;
  const thisSaturday = mondayOf(pub) + 5;
  const inWeekend = pub >= thisSaturday;
  let saturday = thisSaturday + 7 * offset;
  if (offset === 0 && direction === 'past' && !inWeekend) saturday -= 7;
  const rule =
    offset !== 0 ? '' : direction === 'past' ? ' past tense: the latest on or before,' : ' the next on or after,';
  return weekResult(
    mondayOf(saturday),
    `${quoted},${rule} ${pubText}: the weekend of ${formatDay(saturday)}, in the week of`,
  );
}

/** "two days after the strikes" when the strikes have no date of their own: the main clause's date moved. */
function resolveShifted(
  expression: string,
  meaning: Extract<DateMeaning, { kind: 'shifted' }>,
  ctx: ResolveContext,
): ResolvedDate {
  const base = resolveRelativeDate(expression, meaning.base, ctx);
  if (base.date === null || (base.precision !== 'day' && base.precision !== 'week'))
    return notGiven(`'${expression}'`, 'the date it counts from is not a day or a week', ctx);
  const [y, m, d] = base.date.split('-').map(Number) as [number, number, number];
  const from = dayFromParts(y, m, d)!;
  const moved = from + meaning.days;
  const basis = `'${expression}', ${Math.abs(meaning.days)} days ${meaning.days < 0 ? 'before' : 'after'} ${base.date}`;
  return base.precision === 'day' && !meaning.week
    ? dayResult(moved, basis)
    : weekResult(mondayOf(moved), `${basis}: the week of`);
}

function resolveYearlessCalendar(
  meaning: Extract<DateMeaning, { kind: 'calendar' }>,
  quoted: string,
  ctx: ResolveContext,
  pub: DayNumber,
): ResolvedDate {
  const named = ctx.namedDates.find((n) => n.month === meaning.month && n.day === meaning.day);
  if (named && partsOf(pub).year >= named.year)
    return resolveCalendar(meaning, named.year, `${quoted}, ${named.label}`);
  const pubYear = partsOf(pub).year;
  const candidates = [pubYear - 1, pubYear, pubYear + 1];
  const startOf = (y: number) =>
    meaning.day === null ? dayFromParts(y, meaning.month, 1) : dayFromParts(y, meaning.month, meaning.day);
  const endOf = (y: number) =>
    meaning.day === null ? monthStart(dayFromParts(y, meaning.month, 1) ?? pub, 1) - 1 : startOf(y);
  const year =
    ctx.direction === 'past'
      ? candidates.filter((y) => (startOf(y) ?? Infinity) <= pub).at(-1)
      : candidates.find((y) => (endOf(y) ?? -Infinity) >= pub);
  if (year === undefined) return unresolved(quoted, 'no year fits the tense');
  const rule =
    ctx.direction === 'past' ? 'past tense: the latest on or before' : 'future or planned: the next on or after';
  return resolveCalendar(meaning, year, `${quoted}, no year, ${rule} publication ${formatDay(pub)}`);
}

function resolveCalendar(
  meaning: Extract<DateMeaning, { kind: 'calendar' }>,
  year: number,
  basis: string,
): ResolvedDate {
  if (meaning.day === null) {
    const first = dayFromParts(year, meaning.month, 1);
    return first === null ? unresolved(basis, 'impossible date') : monthResult(first, basis);
  }
  const day = dayFromParts(year, meaning.month, meaning.day);
  if (day === null) return unresolved(basis, `${MONTH_NAMES[meaning.month - 1]} ${meaning.day} does not exist`);
  return dayResult(day, basis);
}

function resolveAgo(
  meaning: Extract<DateMeaning, { kind: 'ago' }>,
  quoted: string,
  pub: DayNumber,
  pubText: string,
): ResolvedDate {
  const basis = `${quoted}, ${pubText}`;
  if (meaning.unit === 'day') return dayResult(pub - meaning.amount, basis);
  if (meaning.unit === 'week') return weekResult(mondayOf(pub - 7 * meaning.amount), `${basis}: the week of`);
  if (meaning.unit === 'month') return monthResult(monthStart(pub, -meaning.amount), basis);
  return { date: `${partsOf(pub).year - meaning.amount}-01-01`, precision: 'year', basis };
}

function dayResult(day: DayNumber, basis: string): ResolvedDate {
  return { date: formatDay(day), precision: 'day', basis: `${basis}: ${formatDay(day)}` };
}

function weekResult(monday: DayNumber, basis: string): ResolvedDate {
  return { date: formatDay(monday), precision: 'week', basis: `${basis} ${formatDay(monday)}` };
}

function monthResult(first: DayNumber, basis: string): ResolvedDate {
  return { date: formatDay(first), precision: 'month', basis: `${basis}: ${formatDay(first).slice(0, 7)}` };
}

/** An expression that names no day Parley can work out: the publication day, precision unknown, as with none. */
function notGiven(quoted: string, why: string, ctx: ResolveContext): ResolvedDate {
  if (ctx.published === null) return unresolved(quoted, why);
  return {
    date: formatDay(ctx.published),
    precision: 'unknown',
    basis: `${quoted}: ${why}; publication date ${formatDay(ctx.published)} shown`,
  };
}

function unresolved(quoted: string, why: string): ResolvedDate {
  return { date: null, precision: 'unknown', basis: `${quoted}: unresolved, ${why}` };
}

/** The date of an event with no date expression: the publication day, honestly marked as unknown. */
export function publicationFallback(published: DayNumber | null): ResolvedDate {
  if (published === null)
    return { date: null, precision: 'unknown', basis: 'no date expression and no publication date' };
  return {
    date: formatDay(published),
    precision: 'unknown',
    basis: `no date expression; publication date ${formatDay(published)} shown`,
  };
}

/** The range of days a resolved date stands for, for matching and clustering. */
export function dateInterval(date: string | null, precision: DatePrecision): [DayNumber, DayNumber] | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = dayFromParts(y, m, d);
  if (start === null) return null;
  switch (precision) {
    case 'day':
      return [start, start];
    case 'week':
      return [start, start + 6];
    case 'month':
      return [start, monthStart(start, 1) - 1];
    case 'year':
      return [start, (dayFromParts(y + 1, 1, 1) ?? start) - 1];
    case 'unknown':
      return null;
  }
}
