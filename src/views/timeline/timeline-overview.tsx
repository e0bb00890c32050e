import { scaleLinear } from 'd3';
import { memo, useMemo, useRef } from 'react';
import type { DensityBin } from '../../selectors/timeline.ts';
import { formatCount } from '../../components/format.ts';
import type { OutlyingDays, OverviewDomain } from '../../selectors/overview-domain.ts';
import { binName, busiestBin, densityBars, densityPath, spacedTicks } from './overview-layout.ts';
import { formatMonths, OverviewStub, STUB_GAP, STUB_WIDTH } from './overview-stub.tsx';
import { type DayRange, formatWindow, tickAnchor, timeTicks } from './timeline-scales.ts';
import { useBrushDays } from './use-brush-days.ts';

type Props = {
  bins: DensityBin[];
  binDays: number;
  /** The axis (where the bulk of the events is) and the outlying days left to stubs. */
  domain: OverviewDomain;
  /** Events on the outlying days that pass the other filters. */
  outliers: { earlier: number; later: number };
  width: number;
  /** The date filter (the brush), inclusive days. */
  range: DayRange | null;
  /** The detail view's current window, outlined so the user sees where the detail is looking. */
  window: DayRange;
  onBrush: (range: DayRange | null) => void;
  /** Widens the detail's window to take in outlying days (a stub's button). */
  onReach: (days: OutlyingDays) => void;
  marginLeft: number;
};

const BARS = 40;
const AXIS = 18;
const STUB_ROOM = STUB_WIDTH + STUB_GAP;

/** The thin overview: density of every event the other filters pass, the date brush, and the detail's window. */
export const TimelineOverview = memo(function TimelineOverview(props: Props) {
  const { bins, binDays, domain, outliers, width, range, window, onBrush, onReach, marginLeft } = props;
  const { main, earlier, later } = domain;
  const plotWidth = Math.max(1, width - marginLeft - 16);
  const left = earlier ? STUB_ROOM : 0;
  const right = Math.max(left + 1, plotWidth - (later ? STUB_ROOM : 0));
  const x = useMemo(() => scaleLinear().domain(main).range([left, right]), [main, left, right]);
  const bars = useMemo(() => densityBars(bins, binDays, x, BARS), [bins, binDays, x]);
  const ticks = useMemo(() => spacedTicks(timeTicks(main, right - left, 70), 48), [main, left, right]);
  const brushRef = useRef<SVGGElement>(null);
  useBrushDays(
    brushRef,
    x,
    BARS,
    useMemo(() => clampRange(range, main), [range, main]),
    onBrush,
  );
  const w0 = Math.max(left, x(window[0]));
  const w1 = Math.min(right, x(window[1]));
  const stub = { height: BARS + AXIS, onReach };
  return (
    <div className="relative">
      <svg width={width} height={BARS + AXIS + 4} role="img" aria-label={describe(props)} className="block select-none">
        <text
          x={marginLeft - 8}
          y={BARS / 2}
          textAnchor="end"
          dominantBaseline="middle"
          className="fill-slate-500 text-[11px]"
        >
          All dates
        </text>
        <clipPath id="overview-axis">
          <rect x={left} width={right - left} height={BARS} />
        </clipPath>
        <g transform={`translate(${marginLeft},2)`}>
          <rect x={left} width={right - left} height={BARS} className="fill-slate-50" />
          <g clipPath="url(#overview-axis)">
            <DensityBars bars={bars} />
          </g>
          {w1 > w0 && (
            <rect
              x={w0}
              y={0}
              width={Math.max(2, w1 - w0)}
              height={BARS}
              fill="none"
              stroke="#0f172a"
              strokeWidth={1}
              strokeDasharray="3 2"
              pointerEvents="none"
            >
              <title>Window shown below</title>
            </rect>
          )}
          <g
            ref={brushRef}
            className="[&_.selection]:[fill-opacity:0.18] [&_.selection]:[fill:#2563eb] [&_.selection]:[stroke:#1d4ed8]"
          />
          <line x1={left} x2={right} y1={BARS} y2={BARS} className="stroke-slate-300" />
          {ticks.map((t) => (
            <text
              key={t.x}
              x={left + t.x}
              y={BARS + 13}
              textAnchor={tickAnchor(t.x, right - left)}
              className={`text-[11px] ${t.major ? 'fill-slate-800 font-semibold' : 'fill-slate-600'}`}
            >
              {t.label}
            </text>
          ))}
        </g>
      </svg>
      {earlier && (
        <OverviewStub
          side="earlier"
          days={earlier}
          count={outliers.earlier}
          left={marginLeft}
          inWindow={window[0] < main[0]}
          {...stub}
        />
      )}
      {later && (
        <OverviewStub
          side="later"
          days={later}
          count={outliers.later}
          left={marginLeft + plotWidth - STUB_WIDTH}
          inWindow={window[1] > main[1]}
          {...stub}
        />
      )}
    </div>
  );
});

/** The brush shows the part of the date filter on the axis (none when it lies wholly on outlying days). */
function clampRange(range: DayRange | null, main: DayRange): DayRange | null {
  if (!range) return null;
  const from = Math.max(range[0], Math.ceil(main[0]));
  const to = Math.min(range[1], Math.floor(main[1]));
  return from <= to ? [from, to] : null;
}

/** The overview's text alternative: its span, busiest bin, what the stubs leave out, and what dragging does. */
function describe({ bins, binDays, domain, outliers }: Props): string {
  const peak = busiestBin(bins);
  const name = binName(binDays);
  const left = (n: number, side: string, days: OutlyingDays) =>
    `; ${formatCount(n)} ${side} (${formatMonths(days)}) beside the axis`;
  // Worded without "from"/"to": Playwright's getByLabel('From') matches substrings of every label on the page.
  return (
    `Events per ${name}, ${formatWindow(domain.main)}` +
    (peak ? `; busiest ${name} starting ${formatWindow([peak.day, peak.day])}: ${peak.count}` : '') +
    (domain.earlier ? left(outliers.earlier, 'earlier', domain.earlier) : '') +
    (domain.later ? left(outliers.later, 'later', domain.later) : '') +
    '. Dragging across it sets the date filter.'
  );
}

/** The density bars on their own (a brush move re-renders the overview, not the bars), as one path. */
const DensityBars = memo(function DensityBars({ bars }: { bars: ReturnType<typeof densityBars> }) {
  const d = useMemo(() => densityPath(bars), [bars]);
  return <path d={d} className="fill-slate-500" />;
});
