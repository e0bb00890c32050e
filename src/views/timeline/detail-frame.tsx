import type { ScaleBand } from 'd3';
import { memo } from 'react';
import { isUndatedLane, type TimelineLane } from '../../selectors/timeline.ts';
import { tickAnchor, type TimeTick } from './timeline-scales.ts';

type Props = {
  lanes: TimelineLane[];
  bands: ScaleBand<string>;
  ticks: TimeTick[];
  width: number;
  plotWidth: number;
  plotHeight: number;
  margin: { left: number; top: number };
};

/** Roughly how many 12px characters fit in the lane-label gutter. */
const labelChars = (gutter: number) => Math.max(6, Math.floor((gutter - 14) / 6.6));

/** Shortens a lane label to fit the gutter; the full name stays in a tooltip. */
export function truncateLabel(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, maxChars - 1).trimEnd()}…`;
}

/** Lane rows with their labels, vertical gridlines and the date axis: the static frame behind the marks. */
export const DetailFrame = memo(function DetailFrame({ lanes, bands, ticks, width, plotWidth, plotHeight, margin }: Props) {
  const band = bands.bandwidth();
  const max = labelChars(margin.left);
  const firstUndated = lanes.find((l) => isUndatedLane(l.key));
  return (
    <svg width={width} height={margin.top + plotHeight + 22} aria-hidden="true" className="absolute inset-0 block select-none">
      <g transform={`translate(${margin.left},${margin.top})`}>
        {lanes.map((l, i) => (
          <rect key={l.key} x={-margin.left + 4} y={bands(l.key)} width={plotWidth + margin.left - 4} height={band} className={isUndatedLane(l.key) ? 'fill-amber-50' : i % 2 === 0 ? 'fill-slate-50' : 'fill-white'} />
        ))}
        {firstUndated && <line x1={-margin.left + 4} x2={plotWidth} y1={bands(firstUndated.key)} y2={bands(firstUndated.key)} strokeDasharray="4 3" className="stroke-amber-400" />}
        {/* Ticks keyed by slot: zooming moves them, reusing their elements. */}
        {ticks.map((t, slot) => (
          <line key={slot} x1={t.x} x2={t.x} y1={0} y2={plotHeight} className={t.major ? 'stroke-slate-300' : 'stroke-slate-200'} />
        ))}
        <line x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} className="stroke-slate-400" />
        {ticks.map((t, slot) => (
          <text key={slot} x={t.x} y={plotHeight + 15} textAnchor={tickAnchor(t.x, plotWidth)} className={`text-[11px] ${t.major ? 'fill-slate-900 font-semibold' : 'fill-slate-600'}`}>
            {t.label}
          </text>
        ))}
      </g>
      <g transform={`translate(0,${margin.top})`}>
        {lanes.map((l) => (
          <text key={l.key} x={margin.left - 8} y={(bands(l.key) ?? 0) + band / 2} textAnchor="end" dominantBaseline="middle" className={isUndatedLane(l.key) ? 'fill-amber-900 text-[12px] italic' : 'fill-slate-700 text-[12px]'}>
            <title>{laneTitle(l)}</title>
            {truncateLabel(l.label, max)}
          </text>
        ))}
      </g>
    </svg>
  );
});

/** A lane label's tooltip: its event count, and for the undated band where its marks stand. */
function laneTitle(l: TimelineLane): string {
  const events = `${l.count} event${l.count === 1 ? '' : 's'}`;
  return isUndatedLane(l.key) ? `${l.label}: ${events} whose date the text does not state, each drawn at its article's publication day` : `${l.label}: ${events}`;
}
