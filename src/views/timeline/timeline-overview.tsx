import { memo, useMemo, useRef } from 'react';
import type { DensityBin } from '../../selectors/timeline.ts';
import { binName, busiestBin, densityBars, densityPath } from './overview-layout.ts';
import { type DayRange, dayScale, formatWindow, tickAnchor, timeTicks } from './timeline-scales.ts';
import { useBrushDays } from './use-brush-days.ts';

type Props = {
  bins: DensityBin[];
  binDays: number;
  base: DayRange;
  width: number;
  /** The date filter (the brush), inclusive days. */
  range: DayRange | null;
  /** The detail view's current window, outlined so the user sees where the detail is looking. */
  window: DayRange;
  onBrush: (range: DayRange | null) => void;
  marginLeft: number;
};

const BARS = 40;
const AXIS = 18;

/** The thin overview: density of every event the other filters pass, the date brush, and the detail's window. */
export const TimelineOverview = memo(function TimelineOverview({ bins, binDays, base, width, range, window, onBrush, marginLeft }: Props) {
  const plotWidth = Math.max(1, width - marginLeft - 16);
  const x = useMemo(() => dayScale(base, plotWidth), [base, plotWidth]);
  const bars = useMemo(() => densityBars(bins, binDays, x, BARS), [bins, binDays, x]);
  const ticks = useMemo(() => timeTicks(base, plotWidth, 70), [base, plotWidth]);
  const brushRef = useRef<SVGGElement>(null);
  useBrushDays(brushRef, x, BARS, range, onBrush);
  const peak = busiestBin(bins);
  // Worded without "from"/"to": Playwright's getByLabel('From') matches substrings of every label on the page.
  const description = `Events per ${binName(binDays)}, ${formatWindow(base)}${peak ? `; busiest ${binName(binDays)} starting ${formatWindow([peak.day, peak.day])}: ${peak.count}` : ''}. Dragging across it sets the date filter.`;
  const w0 = Math.max(0, x(window[0]));
  const w1 = Math.min(plotWidth, x(window[1]));
  return (
    <svg width={width} height={BARS + AXIS + 4} role="img" aria-label={description} className="block select-none">
      <text x={marginLeft - 8} y={BARS / 2} textAnchor="end" dominantBaseline="middle" className="fill-slate-500 text-[11px]">
        All dates
      </text>
      <g transform={`translate(${marginLeft},2)`}>
        <rect width={plotWidth} height={BARS} className="fill-slate-50" />
        <DensityBars bars={bars} />
        <rect x={w0} y={0} width={Math.max(2, w1 - w0)} height={BARS} fill="none" stroke="#0f172a" strokeWidth={1} strokeDasharray="3 2" pointerEvents="none">
          <title>Window shown below</title>
        </rect>
        <g ref={brushRef} className="[&_.selection]:[fill-opacity:0.18] [&_.selection]:[fill:#2563eb] [&_.selection]:[stroke:#1d4ed8]" />
        <line x1={0} x2={plotWidth} y1={BARS} y2={BARS} className="stroke-slate-300" />
        {ticks.map((t) => (
          <text key={t.x} x={t.x} y={BARS + 13} textAnchor={tickAnchor(t.x, plotWidth)} className={`text-[11px] ${t.major ? 'fill-slate-800 font-semibold' : 'fill-slate-600'}`}>
            {t.label}
          </text>
        ))}
      </g>
    </svg>
  );
});

/** The density bars on their own (a brush move re-renders the overview, not the bars), as one path. */
const DensityBars = memo(function DensityBars({ bars }: { bars: ReturnType<typeof densityBars> }) {
  const d = useMemo(() => densityPath(bars), [bars]);
  return <path d={d} className="fill-slate-500" />;
});
