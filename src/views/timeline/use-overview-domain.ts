import { useMemo } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { chooseOverviewDomain, outlierCount, type OverviewDomain } from '../../selectors/overview-domain.ts';
import type { DayRange } from './timeline-scales.ts';

type Overview = {
  domain: OverviewDomain;
  /** Events on the outlying days that pass a mask (a few lookups: the outliers are few). */
  counts: (mask: EventMask) => { earlier: number; later: number };
};

/**
 * The overview's axis for this bundle, over every event with a day (as the corpus domain is), built once:
 * no filter moves it. Without a day at all it falls back to the base domain.
 */
export function useOverviewDomain(index: BundleIndex, base: DayRange): Overview {
  return useMemo(() => {
    const domain = chooseOverviewDomain(index.dayOrderDays) ?? { main: base, earlier: null, later: null };
    const count = (days: OverviewDomain['earlier'], mask: EventMask) =>
      days ? outlierCount(days, index.dayOrderDays, index.dayOrder, mask.pass) : 0;
    return { domain, counts: (mask) => ({ earlier: count(domain.earlier, mask), later: count(domain.later, mask) }) };
  }, [index, base]);
}
