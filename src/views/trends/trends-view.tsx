import { useMemo, useState } from 'react';
import { Region } from '../../components/region.tsx';
import { useAfterPaintOnce, useBundleIndex, useFilters, useViewMask } from '../../state/dashboard-hooks.ts';
import { formatCount } from '../../components/format.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { dayNumber, isoOfDay } from '../../selectors/bundle-index.ts';
import { chooseOverviewDomain, statedDays, trimToBulk } from '../../selectors/overview-domain.ts';
import { binDaysForRange, selectDatedExtent, selectTrends, zoomWindow } from '../../selectors/trends.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { useElementSize } from '../../components/use-element-size.ts';
import { MARGIN, TrendsChart } from './trends-chart.tsx';
import { layoutTrends } from './trends-layout.ts';
import { TrendsLegend } from './trends-legend.tsx';
import { binName, describeTrends, formatSpan, outsideNote, undatedNote } from './trends-text.ts';

const HEIGHT = 150;

/**
 * Events over time stacked by quad class. Crossfilter, like the timeline's overview: filtered by every filter but
 * the date range, which it shows as its brush and sets by dragging.
 */
export function TrendsView() {
  const index = useBundleIndex();
  // Below the fold and not watched while a filter or the brush moves: the chart follows one frame after the
  // views above have painted (re-binning per day on every brush move cost the move about 10 ms at 100,000 events).
  const mask = useAfterPaintOnce(useViewMask('trends'));
  const filters = useFilters();
  const dates = useAfterPaintOnce(useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to]));
  const { from, to } = dates;
  const extent = useMemo(() => selectDatedExtent(index, mask), [index, mask]);
  const range = useMemo(() => rangeOf(from, to, extent), [from, to, extent]);
  // As the timeline's overview: a lone report far from the rest does not stretch the axis (unless asked to).
  const bulk = useMemo(() => chooseOverviewDomain(statedDays(index)), [index]);
  const [showAll, setShowAll] = useState(false);
  const trimmed = useMemo(() => trimToBulk(extent, bulk), [extent, bulk]);
  const trim = !showAll && trimmed && (!range || (range[0] >= trimmed[0] && range[1] <= trimmed[1])) ? trimmed : null;
  // Per day when the chosen range (or, without one, everything shown) is shorter than about ten weeks.
  const binDays = extent ? binDaysForRange(range ?? trim ?? extent) : 7;
  // A short date range zooms the chart to its days with context either side, so daily bars stay readable.
  const window = useMemo(() => (binDays === 1 && range ? zoomWindow(range) : trim), [binDays, range, trim]);
  const trends = useMemo(() => selectTrends(index, mask, binDays, window), [index, mask, binDays, window]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width } = useElementSize(box, { width: 600, height: HEIGHT });
  const layout = useMemo(
    () => layoutTrends(trends, Math.max(1, width - MARGIN.left - MARGIN.right), HEIGHT - MARGIN.top - MARGIN.bottom),
    [trends, width],
  );
  const notes = [outsideNote(trends.outside), undatedNote(trends.undated)].filter((n) => n !== null);
  return (
    <Region id={REGION_IDS.trends} label="Trends" offscreenSkipped>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 className="text-sm font-semibold">Trends</h2>
        <p className="text-xs text-slate-600 tabular-nums">
          {formatCount(trends.total)} events with a stated date, per {binName(binDays)}
          {window && window !== trim && ' (zoomed to the date filter)'}
          {range && ` · date filter ${formatSpan(range[0], range[1])} shaded`}
        </p>
      </div>
      <div ref={setBox} className="mt-2">
        {trends.bins.length > 0 ? (
          <TrendsChart
            layout={layout}
            width={width}
            height={HEIGHT}
            binDays={binDays}
            range={range}
            onBrush={onBrush}
            description={describeTrends(trends)}
          />
        ) : (
          <p className="text-sm text-slate-600">No event with a stated date matches these filters.</p>
        )}
      </div>
      <TrendsLegend />
      {notes.map((n) => (
        <p key={n} className="mt-1 text-xs text-slate-600">
          {n}
        </p>
      ))}
      {((trim !== null && window === trim) || (showAll && trimmed)) && (
        <button
          type="button"
          onClick={() => setShowAll(!showAll)}
          className="mt-1 rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
        >
          {showAll ? 'Show where most events are' : 'Show all dates'}
        </button>
      )}
    </Region>
  );
}

/** The date filter as inclusive days (an open end runs to the data's edge); null when unset or inverted. */
function rangeOf(from: string | null, to: string | null, extent: [number, number] | null): [number, number] | null {
  if ((from === null && to === null) || !extent) return null;
  const range: [number, number] = [from ? dayNumber(from) : extent[0], to ? dayNumber(to) : extent[1]];
  return range[0] <= range[1] ? range : null;
}

const onBrush = (r: [number, number] | null) =>
  useFiltersStore.getState().setDateRange(r ? isoOfDay(r[0]) : null, r ? isoOfDay(r[1]) : null);
