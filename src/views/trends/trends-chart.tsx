import { memo, useRef } from 'react';
import { QUAD_COLOURS } from '../../components/palette.ts';
import type { TrendsLayout } from './trends-layout.ts';
import { useTrendsBrush } from './use-trends-brush.ts';

type Props = {
  layout: TrendsLayout;
  width: number;
  height: number;
  binDays: number;
  /** The date filter as inclusive days, drawn as the brush; null when unset. */
  range: [number, number] | null;
  onBrush: (range: [number, number] | null) => void;
  /** What the chart shows, in words (its accessible name). */
  description: string;
};

export const MARGIN = { top: 6, right: 12, bottom: 20, left: 32 };

/** Stacked bars per bin with the date brush over them; React draws the marks, d3 only the brush. */
export function TrendsChart({ layout, width, height, binDays, range, onBrush, description }: Props) {
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const brushRef = useRef<SVGGElement>(null);
  useTrendsBrush(brushRef, layout.x, plotHeight, binDays, range, onBrush);
  return (
    <svg width={width} height={height} role="img" aria-label={description} className="block select-none">
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <YAxis layout={layout} plotWidth={plotWidth} />
        <TrendBars layout={layout} />
        <g
          ref={brushRef}
          className="[&_.selection]:[fill-opacity:0.18] [&_.selection]:[fill:#2563eb] [&_.selection]:[stroke:#1d4ed8]"
        />
        <line x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} className="stroke-slate-400" />
        {layout.xTicks.map((t) => (
          <text
            key={t.x}
            x={t.x}
            y={plotHeight + 14}
            textAnchor={tickAnchor(t.x, plotWidth)}
            className="fill-slate-600 text-[11px]"
          >
            {t.label}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** The bars, one path per quad class; a brush move re-renders the chart, not these. */
const TrendBars = memo(function TrendBars({ layout }: { layout: TrendsLayout }) {
  return (
    <g>
      {layout.layers.map((l) => (
        <path key={l.quad} d={l.d} fill={QUAD_COLOURS[l.quad]} data-quad={l.quad} data-count={l.count} />
      ))}
    </g>
  );
});

function YAxis({ layout, plotWidth }: { layout: TrendsLayout; plotWidth: number }) {
  return (
    <g>
      {layout.yTicks.map((v) => (
        <g key={v} transform={`translate(0,${layout.y(v)})`}>
          <line x1={0} x2={plotWidth} className="stroke-slate-100" />
          <text x={-6} dominantBaseline="middle" textAnchor="end" className="fill-slate-600 text-[11px]">
            {v}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Labels near the plot's edges are anchored inwards so they are not clipped. */
function tickAnchor(x: number, width: number): 'start' | 'middle' | 'end' {
  if (x < 24) return 'start';
  return x > width - 24 ? 'end' : 'middle';
}
