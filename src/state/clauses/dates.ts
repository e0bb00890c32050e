import { dayNumber } from '../../selectors/bundle-index.ts';
import { formatShortDate } from '../../components/format.ts';
import type { ClauseDefinition } from './clause.ts';

/**
 * The date range: events whose stated date lies in [from, to], and, when `publicationDates` is on, events dated
 * only by their article's publication day (off by default: a publication day is not the event's date). Owned
 * by the timeline's overview brush and the Trends brush (both leave it out of what they draw) and set as well
 * by the From/To inputs. A brush move changes only this clause; `narrowByDate` applies it from a slice of the
 * day-ordered events instead of this predicate.
 */
export type DateClause = { from: string | null; to: string | null; publicationDates: boolean };

export const DATE_CLAUSE_KEY = 'date';

export const datesClause: ClauseDefinition<typeof DATE_CLAUSE_KEY, DateClause> = {
  key: DATE_CLAUSE_KEY,
  label: 'From/To dates',
  owners: ['timeline-overview', 'trends'],
  empty: { from: null, to: null, publicationDates: false },
  sanitise: (raw) => ({
    from: sanitiseDay(raw.from),
    to: sanitiseDay(raw.to),
    publicationDates: raw.publicationDates === true || raw.publicationDates === '1',
  }),
  read: (params) => ({ from: params.get('from'), to: params.get('to'), publicationDates: params.get('pubdates') }),
  write: (v, params) => {
    if (v.from) params.set('from', v.from);
    if (v.to) params.set('to', v.to);
    if (v.publicationDates) params.set('pubdates', '1');
  },
  active: (v) => v.from !== null || v.to !== null,
  compile: (index, v) => {
    if (v.from === null && v.to === null) return null;
    const from = v.from ? dayNumber(v.from) : -Infinity;
    const to = v.to ? dayNumber(v.to) : Infinity;
    const { day, dated } = index;
    // NaN days (no date at all) fail both comparisons.
    return v.publicationDates
      ? (i) => day[i]! >= from && day[i]! <= to
      : (i) => day[i]! >= from && day[i]! <= to && dated[i] === 1;
  },
  chips: (v) => [
    {
      key: 'date',
      label: `${v.from ? formatShortDate(v.from) : '…'} – ${v.to ? formatShortDate(v.to) : '…'}${v.publicationDates ? ' (with publication dates)' : ''}`,
      without: { from: null, to: null, publicationDates: v.publicationDates },
    },
  ],
  describe: (v) =>
    `Dates: ${v.from ?? 'start'} to ${v.to ?? 'end'}${v.publicationDates ? ', with events dated only by publication' : ', stated dates only'}`,
  slug: (v) => [
    ['from', v.from ? [v.from] : []],
    ['to', v.to ? [v.to] : []],
  ],
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real YYYY-MM-DD day, or null for anything else. */
export function sanitiseDay(v: unknown): string | null {
  return typeof v === 'string' && ISO_DAY.test(v) && isRealDay(v) ? v : null;
}

/** "2025-02-30" matches the pattern but is no day. */
function isRealDay(v: string): boolean {
  const ms = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === v;
}
