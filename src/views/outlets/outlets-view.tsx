import { useCallback, useId, useMemo, useState } from 'react';
import { Region } from '../../components/region.tsx';
import { useShallow } from 'zustand/react/shallow';
import { useBundleIndex, useEventMask, useFilters } from '../../state/dashboard-hooks.ts';
import { outletColour } from '../../components/palette.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { selectCoverage } from '../../selectors/coverage.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { chooseColumns } from './column-choice.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { DifferencesPanel } from './differences-panel.tsx';
import { emptyMessage, emptyReasons } from './empty-reason.ts';
import { OutletTabs } from './outlet-tabs.tsx';
import { ProfilesPanel } from './profiles-panel.tsx';
import { FramingPanel } from './framing-panel.tsx';
import { LanguagePanel } from './language-panel.tsx';
import { QuotesPanel } from './quotes-panel.tsx';
import { ReusePanel } from './reuse-panel.tsx';

/**
 * The outlet comparison: who reported which event (coverage matrix), what each outlet emphasised
 * (profiles), where they differ, how each framed one event, their language, whom they quote and what
 * text they share. The outlets compared are those of the Outlets filter, else the ones picked as
 * matrix columns, else the busiest.
 */
export function OutletsView() {
  const index = useBundleIndex();
  const filters = useFilters();
  const mask = useEventMask();
  // The tab is in the store (and so in a copied link), not local state.
  const { tab, setTab } = useFiltersStore(useShallow((s) => ({ tab: s.comparisonTab, setTab: s.setComparisonTab })));
  const [picked, setPicked] = useState<string[] | null>(null);
  const idBase = useId();
  const matrix = useMemo(() => selectCoverage(index, mask), [index, mask]);
  const colourOf = useCallback((id: string) => outletColour(index.outletIds, id), [index]);
  const nameOf = useCallback((id: string) => index.outletName.get(id) ?? id, [index]);
  const columns = useMemo(
    () => chooseColumns(matrix.outlets, filters.outlets, picked, nameOf),
    [matrix.outlets, filters.outlets, picked, nameOf],
  );
  const columnIds = useMemo(() => columns.map((c) => c.id), [columns]);
  // Profiles of the outlets the user chose; with no choice, the busiest (ProfilesPanel picks them).
  const chosen = useMemo(() => (filters.outlets.length ? filters.outlets : (picked ?? [])), [filters.outlets, picked]);
  return (
    <Region id={REGION_IDS.outlets} label="Outlet comparison" className="min-w-0">
      <div className="mb-2 flex flex-wrap items-end justify-between gap-2 border-b border-slate-200">
        <h2 className="pb-1 text-sm font-semibold">Outlet comparison</h2>
        <OutletTabs idBase={idBase} active={tab} onChange={setTab} />
      </div>
      <div
        role="tabpanel"
        id={`${idBase}-panel`}
        aria-labelledby={`${idBase}-tab-${tab}`}
        // Focusable, as the tabs pattern asks: a panel that scrolls must be reachable by keyboard even when
        // it holds nothing focusable (the Reuse tab lists passages only).
        tabIndex={0}
        className={tab === 'coverage' ? '' : 'max-h-[36rem] overflow-auto pr-1'}
      >
        {mask.count === 0 ? (
          <EmptyState message={emptyMessage(emptyReasons(index, filters))} />
        ) : tab === 'coverage' ? (
          <CoveragePanel
            index={index}
            matrix={matrix}
            filterOutlets={filters.outlets}
            columns={columns}
            picked={picked !== null}
            onPick={setPicked}
            colourOf={colourOf}
          />
        ) : tab === 'profiles' ? (
          <ProfilesPanel index={index} mask={mask} chosen={chosen} colourOf={colourOf} />
        ) : tab === 'framing' ? (
          <FramingPanel index={index} matrix={matrix} outletIds={columnIds} colourOf={colourOf} />
        ) : tab === 'language' ? (
          <LanguagePanel index={index} mask={mask} outletIds={columnIds} colourOf={colourOf} />
        ) : tab === 'quotes' ? (
          <QuotesPanel index={index} mask={mask} outletIds={columnIds} colourOf={colourOf} />
        ) : tab === 'reuse' ? (
          <ReusePanel index={index} mask={mask} outletIds={chosen.length ? chosen : null} colourOf={colourOf} />
        ) : (
          <DifferencesPanel
            index={index}
            matrix={matrix}
            outletIds={columnIds}
            busiest={chosen.length === 0}
            colourOf={colourOf}
          />
        )}
      </div>
    </Region>
  );
}

function EmptyState({ message }: { message: string }) {
  return (
    <div role="status" className="flex flex-wrap items-center gap-2 py-6 text-sm text-slate-600">
      <p>{message}</p>
      <button
        type="button"
        onClick={() => useFiltersStore.getState().reset()}
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        Reset filters
      </button>
    </div>
  );
}
