import { useMemo } from 'react';
import { useEventMask } from '../../app/dashboard-hooks.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { type DensityBin, selectDensity, selectTimeline, type TimelineModel } from '../../selectors/timeline.ts';
import type { LaneMode } from '../../state/filters.ts';
import { binDaysFor } from './overview-layout.ts';
import type { DayRange } from './timeline-scales.ts';

/** What the timeline draws, derived from the store through the selectors. */
export type TimelineData = { mask: EventMask; overviewMask: EventMask; model: TimelineModel; bins: DensityBin[]; binDays: number };

/**
 * The detail's marks under every filter, and the overview's density under every filter but the date
 * (crossfilter: the overview keeps showing what lies outside its own brush, so the brush can move).
 */
export function useTimelineModel(index: BundleIndex, lanes: LaneMode, base: DayRange, plotWidth: number): TimelineData {
  const mask = useEventMask();
  const overviewMask = useEventMask('date');
  const model = useMemo(() => selectTimeline(index, mask, lanes), [index, mask, lanes]);
  const binDays = binDaysFor(base, plotWidth);
  const bins = useMemo(() => selectDensity(index, overviewMask, binDays), [index, overviewMask, binDays]);
  return { mask, overviewMask, model, bins, binDays };
}
