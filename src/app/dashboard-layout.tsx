import { FilterBar } from '../components/filter-bar.tsx';
import { SkipLinks } from '../components/skip-links.tsx';
import { SummaryHeader } from '../components/summary-header.tsx';
import { usePaintedOnce } from '../components/use-after-paint.ts';
import { markLoad } from '../data/load-marks.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { FollowingViews, SharedMasksContext, useSharedMasks } from '../state/dashboard-hooks.ts';
import { type ReactNode, useEffect } from 'react';
import { EventListView } from '../views/event-list/event-list-view.tsx';
import { EvidencePanel } from '../views/evidence/evidence-panel.tsx';
import { MapView } from '../views/map/map-view.tsx';
import { NetworkView } from '../views/network/network-view.tsx';
import { OutletsView } from '../views/outlets/outlets-view.tsx';
import { PromisesView } from '../views/promises/promises-view.tsx';
import { TimelineView } from '../views/timeline/timeline-view.tsx';
import { TrendsView } from '../views/trends/trends-view.tsx';

/**
 * The one page: header, filters, the timeline across the width, network and comparison below, trends, the
 * event list and promises under them, evidence beside. The header's counts, the filters and the timeline
 * (the overview) paint first; the views under the timeline come in the next frame, so the first paint of a
 * large bundle does not wait for them. They follow each filter change a frame later too (`FollowingViews`).
 */
export function DashboardLayout() {
  const hasSelection = useFiltersStore((s) => s.selection !== null);
  const restShown = usePaintedOnce();
  return (
    <SharedMasksProvider>
      <div className="min-h-screen bg-slate-50 text-slate-900">
        <SkipLinks evidenceOpen={hasSelection} />
        <SummaryHeader />
        <FilterBar />
        <div
          className={`grid gap-3 p-3 ${hasSelection ? 'grid-cols-[minmax(0,1fr)_24rem] 2xl:grid-cols-[minmax(0,1fr)_30rem]' : 'grid-cols-1'}`}
        >
          <main className="min-w-0 space-y-3">
            <TimelineView />
            {restShown ? (
              <FollowingViews>
                <ViewsUnderTheTimeline />
              </FollowingViews>
            ) : (
              <ViewsComing />
            )}
          </main>
          {hasSelection && <EvidencePanel />}
        </div>
      </div>
    </SharedMasksProvider>
  );
}

/** Network and comparison side by side, then the map, trends, event list and promises. */
function ViewsUnderTheTimeline() {
  useEffect(() => markLoad('all-views-rendered'), []);
  return (
    <>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <NetworkView />
        <OutletsView />
      </div>
      <MapView />
      <TrendsView />
      <EventListView />
      <PromisesView />
    </>
  );
}

/** Holds the place of the views under the timeline for the frame before they come (about a screen high). */
function ViewsComing() {
  return <div aria-busy="true" className="min-h-screen" />;
}

/** Computes the filter masks once per change for every view; only context consumers re-render. */
function SharedMasksProvider({ children }: { children: ReactNode }) {
  const masks = useSharedMasks();
  return <SharedMasksContext.Provider value={masks}>{children}</SharedMasksContext.Provider>;
}
