import { utcFormat } from 'd3';
import { formatCount } from '../../components/format.ts';
import type { OutlyingDays } from '../../selectors/overview-domain.ts';
import { dateOfDay } from '../../model/day-number.ts';

/** Width of an outlier stub at the overview's edge, and the gap that breaks the axis after it. */
export const STUB_WIDTH = 64;
export const STUB_GAP = 8;

const MONTH_YEAR = utcFormat('%b %Y');

/** "Oct 2023", or "Oct 2023 – Jan 2024" for outlying days over several months. */
export function formatMonths(days: OutlyingDays): string {
  const a = MONTH_YEAR(dateOfDay(days.from));
  const b = MONTH_YEAR(dateOfDay(days.to));
  return a === b ? a : `${a} – ${b}`;
}

type Props = {
  side: 'earlier' | 'later';
  days: OutlyingDays;
  /** Events on those days that pass the other filters. */
  count: number;
  left: number;
  height: number;
  /** Whether the detail's window reaches into these days (the stub is outlined as the window is). */
  inWindow: boolean;
  onReach: (days: OutlyingDays) => void;
};

/**
 * "3 earlier · Oct 2023": the events the overview's axis leaves out, beyond its break, and a button that
 * widens the detail's window to take them in.
 */
export function OverviewStub({ side, days, count, left, height, inWindow, onReach }: Props) {
  const when = formatMonths(days);
  const events = `${formatCount(count)} ${count === 1 ? 'event' : 'events'}`;
  return (
    <button
      type="button"
      onClick={() => onReach(days)}
      disabled={count === 0}
      aria-label={`${events} ${side}, ${when}: show them in the window below`}
      title={`${events} ${side} (${when}), left off this axis so that it shows where the events are. Click to take them into the window below.`}
      className={`absolute flex flex-col items-center justify-center rounded border bg-white text-[11px] leading-tight text-slate-700 hover:bg-slate-100 disabled:text-slate-400 ${inWindow ? 'border-dashed border-slate-900' : 'border-slate-300'}`}
      style={{ left, top: 2, width: STUB_WIDTH, height }}
    >
      <span className="font-semibold tabular-nums">
        {side === 'earlier' && '◀ '}
        {formatCount(count)}
        {side === 'later' && ' ▶'}
      </span>
      <span>{side}</span>
      <span className="text-[10px] text-slate-600">{when}</span>
    </button>
  );
}
