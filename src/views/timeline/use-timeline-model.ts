import { useMemo } from 'react';
import { useEventMask, useViewMask } from '../../state/dashboard-hooks.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { type DensityBin, selectDensity, selectTimeline, type TimelineModel } from '../../selectors/timeline.ts';
import type { LaneMode } from '../../state/filters.ts';
import { binDaysFor } from './overview-layout.ts';
import type { DayRange } from './timeline-scales.ts';

/** What the timeline draws, derived from the store through the selectors. */
export type TimelineData = {
  mask: EventMask;
  overviewMask: EventMask;
  model: TimelineModel;
  bins: DensityBin[];
  binDays: number;
};

/**
 * The marks and the overview's density, both under every filter but the date. Crossfilter, as in
 * linked-view systems: the timeline owns the date filter, so it is not filtered by it; the brush moves the
 * detail's window instead, and moving the brush costs a re-layout of the window, not a new model.
 */
export function useTimelineModel(
  index: BundleIndex,
  lanes: LaneMode,
  overviewDomain: DayRange,
  plotWidth: number,
): TimelineData {
  const mask = useEventMask();
  const overviewMask = useViewMask('timeline-overview');
  const model = useMemo(() => selectTimeline(index, overviewMask, lanes), [index, overviewMask, lanes]);
  const binDays = binDaysFor(overviewDomain, plotWidth);
  const bins = useMemo(() => selectDensity(index, overviewMask, binDays), [index, overviewMask, binDays]);
  return { mask, overviewMask, model, bins, binDays };
}
