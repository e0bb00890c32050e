import { type ReactNode, type RefObject, useCallback, useMemo, useState } from 'react';
import type { TimelineLane, TimelineMark } from '../../selectors/timeline.ts';
import { CanvasMarks } from './canvas-marks.tsx';
import { ClusterLabelLayer } from './cluster-label-layer.tsx';
import { estimateTextWidth, labelBudget, placeClusterLabels } from './cluster-labels.ts';
import { ConnectorLayer } from './connector-layer.tsx';
import { type ConnectorSource, layoutConnectors } from './connector-layout.ts';
import { DetailFrame } from './detail-frame.tsx';
import type { MarkDetails } from './mark-details.ts';
import { MarkTooltip } from './mark-tooltip.tsx';
import { laneBands, markRadius, type PlacedMark, placeMarks } from './marks-layout.ts';
import { hasMarkKey, SvgMarks } from './svg-marks.tsx';
import { type DayRange, dayScale, timeTicks, visibleSlice } from './timeline-scales.ts';
import { formatCount } from '../../components/format.ts';

/** Space around the plot: lane labels on the left, "earlier/later" buttons on top, the axis below. */
export const DETAIL_MARGIN = { left: 148, right: 16, top: 26, bottom: 24 };
/** Fixed plot height: the chart keeps its size whatever the filters do, so the page below never jumps. */
export const PLOT_HEIGHT = 320;
/**
 * Above this many marks in view the canvas renderer takes over from SVG. Lower than the usual thousand:
 * measured here, creating several hundred SVG marks on every brush move cost more than painting them.
 */
export const CANVAS_THRESHOLD = 300;
/** Above this many marks in view overlaps are left alone: a texture by then, and dodging would cost frames. */
const DODGE_LIMIT = 1000;

type Props = {
  lanes: TimelineLane[];
  marks: TimelineMark[];
  /**
   * Whether `width` is the plot's measured width. Marks are laid out and painted only then: at 100,000
   * events the first window holds tens of thousands, and drawing them at the fallback width before the
   * browser paints, to draw them again a moment later, cost hundreds of milliseconds on load.
   */
  sized: boolean;
  domain: DayRange;
  width: number;
  zoomRef: RefObject<HTMLDivElement | null>;
  selectedClusterId: string | null;
  corpusOutlets: number;
  describe: (m: TimelineMark) => MarkDetails;
  /** Accessible name of a mark (cheap: called for every mark in view). */
  name: (m: TimelineMark) => string;
  /** A mark's headline ("Trump hosts Netanyahu"; null: none), asked only for the largest marks in view. */
  headline: (m: TimelineMark) => string | null;
  onSelect: (m: TimelineMark) => void;
  onPanTo: (day: number) => void;
  /** The date filter: marks outside it stay visible as context, veiled. */
  range: DayRange | null;
  /** What to say (and offer) when no event passes the filters (null when some do). */
  empty: ReactNode | null;
  /** Promises linked to the report that they happened, drawn as arcs (null: none drawn). */
  promises: ConnectorSource | null;
};

const NONE_PLACED: PlacedMark[] = [];

type Active = { key: string; via: 'pointer' | 'focus' } | null;

/** The detail view: lanes, date axis and the marks of the visible window (only those are laid out and drawn). */
export function TimelineDetail({
  lanes,
  marks,
  sized,
  domain,
  width,
  zoomRef,
  selectedClusterId,
  corpusOutlets,
  describe,
  name,
  headline,
  onSelect,
  onPanTo,
  range,
  empty,
  promises,
}: Props) {
  const plotWidth = Math.max(1, width - DETAIL_MARGIN.left - DETAIL_MARGIN.right);
  const x = useMemo(() => dayScale(domain, plotWidth), [domain, plotWidth]);
  const bands = useMemo(() => laneBands(lanes, PLOT_HEIGHT), [lanes]);
  const radius = useMemo(() => markRadius(corpusOutlets, bands.bandwidth()), [corpusOutlets, bands]);
  const maxRadius = radius(Infinity);
  const padDays = (maxRadius + 6) / (plotWidth / (domain[1] - domain[0]));
  const { start, end } = visibleSlice(marks, domain, padDays);
  const placed = useMemo(
    () =>
      sized ? placeMarks(marks, start, end, { x, bands, radius, dodge: end - start <= DODGE_LIMIT }) : NONE_PLACED,
    [sized, marks, start, end, x, bands, radius],
  );
  const connectors = useMemo(
    () => (promises ? layoutConnectors(promises, placed, x, bands.bandwidth(), selectedClusterId) : []),
    [promises, placed, x, bands, selectedClusterId],
  );
  const labels = useMemo(() => {
    const laneOf = (lane: string) => {
      const top = bands(lane);
      return top === undefined ? undefined : ([top, top + bands.bandwidth()] as const);
    };
    return placeClusterLabels(placed, {
      width: plotWidth,
      laneOf,
      textOf: headline,
      measure: estimateTextWidth,
      maxLabels: labelBudget(plotWidth),
    });
  }, [placed, plotWidth, bands, headline]);
  const ticks = useMemo(() => timeTicks(domain, plotWidth, 96), [domain, plotWidth]);
  const [active, setActive] = useState<Active>(null);
  const onActivate = useCallback((key: string | null, via: 'pointer' | 'focus') => {
    setActive((cur) =>
      key === null ? (cur?.via === via ? null : cur) : cur?.key === key && cur.via === via ? cur : { key, via },
    );
  }, []);
  const nameOf = useMemo(() => {
    const cache = new WeakMap<TimelineMark, string>();
    return (m: TimelineMark) => cache.get(m) ?? cache.set(m, name(m)).get(m)!;
  }, [name]);
  const activePlaced = active ? placed.find((p) => hasMarkKey(p.mark, active.key)) : undefined;
  const frame = { width, plotWidth, plotHeight: PLOT_HEIGHT, margin: DETAIL_MARGIN };
  const height = DETAIL_MARGIN.top + PLOT_HEIGHT + DETAIL_MARGIN.bottom;
  const markProps = { placed, width: plotWidth, height: PLOT_HEIGHT, selectedClusterId, nameOf, onActivate, onSelect };
  return (
    <div className="relative" style={{ height }}>
      <DetailFrame lanes={lanes} bands={bands} ticks={ticks} {...frame} />
      <div
        ref={zoomRef}
        className="absolute cursor-grab touch-none overflow-hidden active:cursor-grabbing"
        style={{ left: DETAIL_MARGIN.left, top: DETAIL_MARGIN.top, width: plotWidth, height: PLOT_HEIGHT }}
      >
        {connectors.length > 0 && <ConnectorLayer connectors={connectors} width={plotWidth} height={PLOT_HEIGHT} />}
        {/* Mounted once sized, so that the keyboard list (which follows a frame behind) starts with the marks. */}
        {sized &&
          (end - start > CANVAS_THRESHOLD ? (
            <CanvasMarks {...markProps} maxRadius={maxRadius} activeKey={active?.key ?? null} />
          ) : (
            <SvgMarks {...markProps} />
          ))}
        {/* Over the marks, haloed: under them a label drowns in a dense window (100,000 events). */}
        <ClusterLabelLayer labels={labels} width={plotWidth} height={PLOT_HEIGHT} onSelect={onSelect} />
      </div>
      {range && <OutsideRangeVeil x={x} range={range} plotWidth={plotWidth} />}
      <EdgeButtons marks={marks} start={start} end={end} onPanTo={onPanTo} />
      {empty !== null || marks.length === 0 ? (
        <div
          className="absolute flex flex-col items-center justify-center gap-2 text-sm text-slate-700"
          style={{ left: DETAIL_MARGIN.left, top: DETAIL_MARGIN.top, width: plotWidth, height: PLOT_HEIGHT }}
        >
          {empty}
        </div>
      ) : (
        sized &&
        placed.length === 0 && (
          <p
            className="pointer-events-none absolute text-center text-sm text-slate-600"
            style={{ left: DETAIL_MARGIN.left, top: DETAIL_MARGIN.top + PLOT_HEIGHT / 2 - 10, width: plotWidth }}
          >
            No events in this window: use the buttons above or zoom out.
          </p>
        )
      )}
      {activePlaced && (
        <MarkTooltip
          details={describe(activePlaced.mark)}
          x={DETAIL_MARGIN.left + activePlaced.x}
          y={DETAIL_MARGIN.top + activePlaced.y}
          r={activePlaced.r}
          containerWidth={width}
          containerHeight={height}
        />
      )}
    </div>
  );
}

/** "◀ 12 earlier" and "8 later ▶": how much lies outside the window, and a way to get there without zooming out. */
function EdgeButtons({
  marks,
  start,
  end,
  onPanTo,
}: {
  marks: TimelineMark[];
  start: number;
  end: number;
  onPanTo: (day: number) => void;
}) {
  const cls =
    'absolute top-1 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-100';
  const before = start;
  const after = marks.length - end;
  return (
    <>
      {before > 0 && (
        <button
          type="button"
          className={cls}
          style={{ left: DETAIL_MARGIN.left }}
          onClick={() => onPanTo(marks[start - 1]!.day)}
          aria-label={`Show earlier events (${before} before this window)`}
        >
          ◀ {formatCount(before)} earlier
        </button>
      )}
      {after > 0 && (
        <button
          type="button"
          className={cls}
          style={{ right: DETAIL_MARGIN.right }}
          onClick={() => onPanTo(marks[end]!.day)}
          aria-label={`Show later events (${after} after this window)`}
        >
          {formatCount(after)} later ▶
        </button>
      )}
    </>
  );
}

/**
 * The timeline is not filtered by its own date clause (crossfilter): what lies outside the date filter
 * stays visible for context, behind a veil, so it is clear which events the other views are showing.
 */
function OutsideRangeVeil({ x, range, plotWidth }: { x: (day: number) => number; range: DayRange; plotWidth: number }) {
  const left = Math.max(0, Math.min(plotWidth, x(range[0] - 0.5)));
  const right = Math.max(0, Math.min(plotWidth, x(range[1] + 0.5)));
  const veil = 'pointer-events-none absolute bg-slate-100/70';
  return (
    <>
      {left > 0 && (
        <div
          aria-hidden="true"
          className={veil}
          style={{ left: DETAIL_MARGIN.left, top: DETAIL_MARGIN.top, width: left, height: PLOT_HEIGHT }}
        />
      )}
      {right < plotWidth && (
        <div
          aria-hidden="true"
          className={veil}
          style={{
            left: DETAIL_MARGIN.left + right,
            top: DETAIL_MARGIN.top,
            width: plotWidth - right,
            height: PLOT_HEIGHT,
          }}
        />
      )}
    </>
  );
}
