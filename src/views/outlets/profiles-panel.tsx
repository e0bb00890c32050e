import { useMemo } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { EventMask } from '../../selectors/filter-events.ts';
import { selectOutletProfiles } from '../../selectors/outlet-profiles.ts';
import { useFilters } from '../../state/dashboard-hooks.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { ProfileCard } from './profile-card.tsx';

type Props = { index: BundleIndex; mask: EventMask; chosen: string[]; colourOf: (outletId: string) => string };

/** How many profiles to show when no outlet is chosen. */
export const DEFAULT_PROFILES = 6;

/** The Profiles tab: a card per chosen outlet (else the busiest few), side by side for comparison. */
export function ProfilesPanel({ index, mask, chosen, colourOf }: Props) {
  const { actors } = useFilters();
  const profiles = useMemo(() => {
    const all = selectOutletProfiles(index, mask, chosen.length ? chosen : undefined);
    return chosen.length ? all : all.slice(0, DEFAULT_PROFILES);
  }, [index, mask, chosen]);
  const maxTypeShare = useMemo(
    () => Math.max(0, ...profiles.map((p) => (p.types[0]?.count ?? 0) / Math.max(1, p.reports))),
    [profiles],
  );
  const missing = chosen.filter((id) => !profiles.some((p) => p.outletId === id));
  const onToggleActor = (id: string) => useFiltersStore.getState().toggleActor(id);
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        {chosen.length ? 'The chosen outlets' : `The ${profiles.length} busiest outlets under the filters`}. Each card
        counts real-world events (as the Coverage columns do: one however many articles told it) and reports (one per
        sentence telling an event); the bars share out the reports. Click an actor to filter by it.
      </p>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(16.5rem,1fr))] gap-2">
        {profiles.map((p) => (
          <ProfileCard
            key={p.outletId}
            profile={p}
            colour={colourOf(p.outletId)}
            maxTypeShare={maxTypeShare}
            chosenActors={actors}
            onToggleActor={onToggleActor}
          />
        ))}
      </div>
      {missing.length > 0 && (
        <p className="text-xs text-slate-600">
          No events under these filters from {missing.map((id) => index.outletName.get(id) ?? id).join(', ')}.
        </p>
      )}
    </div>
  );
}
