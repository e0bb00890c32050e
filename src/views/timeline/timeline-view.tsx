import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { Region } from '../../components/region.tsx';
import { useShallow } from 'zustand/react/shallow';
import { useBundleIndex } from '../../state/dashboard-hooks.ts';
import { type BundleIndex, isoOfDay } from '../../selectors/bundle-index.ts';
import { type EventMask, sameEvents } from '../../selectors/filter-events.ts';
import { selectInitialWindow, type TimelineMark } from '../../selectors/timeline.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { createClusterLabeller } from '../../selectors/cluster-label.ts';
import { describeMark, markName } from './mark-details.ts';
import { LanesControl, ZoomButtons } from './timeline-controls.tsx';
import { DETAIL_MARGIN, PLOT_HEIGHT, TimelineDetail } from './timeline-detail.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { TimelineOverview } from './timeline-overview.tsx';
import { useOverviewDomain } from './use-overview-domain.ts';
import {
  clampDomain,
  corpusDomain,
  type DayRange,
  firstWindow,
  formatWindow,
  rangeFromFilters,
  visibleSlice,
} from './timeline-scales.ts';
import { fitWindow, sameWindow, windowAfterFilterChange } from './window-targets.ts';
import { useElementSize } from '../../components/use-element-size.ts';
import { usePromiseArcs } from './use-promise-arcs.ts';
import { useSharedWindow } from './use-shared-window.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import type { OutlyingDays } from '../../selectors/overview-domain.ts';
import { MIN_SPAN_DAYS, useZoomDomain } from './use-zoom-domain.ts';
import { formatCount } from '../../components/format.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';

/** The diplomatic-event timeline: overview with the date brush, zoomable detail with lanes, legend. */
export function TimelineView() {
  const index = useBundleIndex();
  const base = useMemo(() => corpusDomain(index), [index]);
  return (
    <Region id={REGION_IDS.timeline} label="Timeline">
      {base ? (
        <TimelineChart index={index} base={base} />
      ) : (
        <>
          <Header />
          <p className="mt-2 text-sm text-slate-600">
            This bundle has no events with a date, so there is nothing to place on a timeline.
          </p>
        </>
      )}
    </Region>
  );
}

function Header({ children, summary }: { children?: ReactNode; summary?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <h2 className="text-sm font-semibold">Timeline</h2>
      {summary && <p className="text-xs text-slate-600 tabular-nums">{summary}</p>}
      <div className="ml-auto flex flex-wrap items-center gap-3">{children}</div>
    </div>
  );
}

function TimelineChart({ index, base }: { index: BundleIndex; base: DayRange }) {
  const { lanes, from, to, selection } = useFiltersStore(
    useShallow((s) => ({ lanes: s.lanes, from: s.from, to: s.to, selection: s.selection })),
  );
  const [container, containerRef] = useState<HTMLDivElement | null>(null);
  const { width, measured } = useElementSize(container, { width: 960, height: 400 });
  const plotWidth = Math.max(1, width - DETAIL_MARGIN.left - DETAIL_MARGIN.right);
  const overview = useOverviewDomain(index, base);
  const { mask, overviewMask, model, bins, binDays } = useTimelineModel(index, lanes, overview.domain.main, plotWidth);
  const marks = model.marks;
  const outliers = useMemo(() => overview.counts(overviewMask), [overview, overviewMask]);
  const promises = usePromiseArcs(index, overviewMask);
  const range = useMemo(() => rangeFromFilters(from, to, base), [from, to, base]);
  // The window is shared through the store, so a copied link opens on it.
  const [domain, setDomain] = useSharedWindow(base, () =>
    firstWindow(selectInitialWindow(index, mask), range, base, MIN_SPAN_DAYS),
  );
  const zoomRef = useRef<HTMLDivElement>(null);
  const { zoomTo, zoomBy, panTo, destination } = useZoomDomain(
    zoomRef,
    base,
    { width: plotWidth, height: PLOT_HEIGHT },
    domain,
    setDomain,
  );
  // When the filters change the detail follows them in the same render, so a brush move costs one render
  // and one paint, not a render with the old window and another with the new: a new date filter is shown
  // whole, and a new selection is brought into view when the window (where it is heading) misses some of it.
  // The selection is keyed by the mask without the date, not the marks: switching lanes is no filter change.
  const [followed, setFollowed] = useState({ range, overviewMask, marks });
  if (followed.range !== range || followed.overviewMask !== overviewMask) {
    setFollowed({ range, overviewMask, marks });
    const previousFit = fitWindow(followed.marks, followed.range);
    const fitted = sameWindow(destination(), previousFit && clampDomain(previousFit, base, MIN_SPAN_DAYS));
    const change = {
      range,
      rangeChanged: followed.range !== range,
      marks,
      selectionChanged: !sameEvents(followed.overviewMask, overviewMask),
      fitted,
    };
    const next = windowAfterFilterChange(change, destination());
    if (next) setDomain(clampDomain(next, base, MIN_SPAN_DAYS));
  }
  const describe = useCallback((m: TimelineMark) => describeMark(index, m), [index]);
  const name = useCallback((m: TimelineMark) => markName(index, m), [index]);
  const headline = useMemo(() => headlines(index), [index]);
  const fit = fitWindow(marks, range);
  const onFit = () => fit && zoomTo(fit);
  const onReach = (days: OutlyingDays) => {
    const to = destination();
    zoomTo([Math.min(to[0], days.from - 3), Math.max(to[1], days.to + 3)]);
  };
  const { start, end } = visibleSlice(marks, domain);
  const selectedClusterId = selection && 'clusterId' in selection ? selection.clusterId : null;
  return (
    <div ref={containerRef}>
      <Header
        summary={`${formatWindow(domain)} · ${formatCount(end - start)} of ${formatCount(marks.length)} marks in view`}
      >
        <LanesControl lanes={lanes} onChange={(l) => useFiltersStore.getState().setLanes(l)} />
        <ZoomButtons onZoomIn={() => zoomBy(2)} onZoomOut={() => zoomBy(0.5)} onFit={onFit} canFit={fit !== null} />
      </Header>
      <div className="mt-2">
        <TimelineOverview
          bins={bins}
          binDays={binDays}
          domain={overview.domain}
          outliers={outliers}
          onReach={onReach}
          width={width}
          range={range}
          window={domain}
          onBrush={onBrush}
          marginLeft={DETAIL_MARGIN.left}
        />
        <TimelineDetail
          lanes={model.lanes}
          marks={marks}
          sized={measured}
          domain={domain}
          width={width}
          zoomRef={zoomRef}
          selectedClusterId={selectedClusterId}
          corpusOutlets={index.outletIds.length}
          describe={describe}
          name={name}
          headline={headline}
          onSelect={onSelect}
          onPanTo={panTo}
          range={range}
          promises={promises}
          empty={
            mask.count === 0 ? (
              <EmptyState
                mask={mask}
                overviewMask={overviewMask}
                range={range}
                inverted={from !== null && to !== null && from > to}
              />
            ) : null
          }
        />
      </div>
      <div className="mt-1 flex flex-wrap items-start justify-between gap-2">
        <TimelineLegend />
        <p className="text-xs text-slate-500" data-export="omit">
          Drag to pan · Ctrl + scroll or +/− to zoom · drag across “All dates” to filter dates (the dashed box is the
          window below) · click a mark for its evidence
        </p>
      </div>
    </div>
  );
}

/** A mark's headline, from its cluster (each built once, when first asked for). */
function headlines(index: BundleIndex): (m: TimelineMark) => string | null {
  const labeller = createClusterLabeller(index);
  return (m) => {
    const c = m.clusterIndex ?? index.clusterIndex.get(m.clusterId);
    return c === undefined ? null : labeller(c);
  };
}

const onSelect = (m: TimelineMark) => useFiltersStore.getState().select({ kind: 'cluster', clusterId: m.clusterId });

const onBrush = (r: DayRange | null) =>
  useFiltersStore.getState().setDateRange(r ? isoOfDay(r[0]) : null, r ? isoOfDay(r[1]) : null);

/** Says which filter emptied the view, and offers the way back. */
function EmptyState({
  mask,
  overviewMask,
  range,
  inverted,
}: {
  mask: EventMask;
  overviewMask: EventMask;
  range: DayRange | null;
  inverted: boolean;
}) {
  const byDate = (range !== null || inverted) && mask.count === 0 && overviewMask.count > 0;
  const message = inverted
    ? 'No events: the From date is after the To date'
    : byDate && range
      ? `No events between ${formatWindow([range[0], range[1]])} with these filters`
      : mask.count > 0
        ? 'None of the matching events has a date'
        : 'No events match these filters';
  return (
    <>
      <p>{message}.</p>
      <div className="flex gap-2">
        {byDate && (
          <button
            type="button"
            onClick={() => useFiltersStore.getState().setDateRange(null, null)}
            className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
          >
            Clear dates
          </button>
        )}
        <button
          type="button"
          onClick={() => useFiltersStore.getState().reset()}
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
        >
          Reset
        </button>
      </div>
    </>
  );
}
