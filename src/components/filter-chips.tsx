import { useBundleIndex, useFilters } from '../state/dashboard-hooks.ts';
import { actorChips } from '../state/actor-clause.ts';
import { hasActiveFilters } from '../state/filters.ts';
import { placeChip } from '../state/place-clause.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { formatShortDate } from './format.ts';

/** Active filters as removable chips. */
export function FilterChips() {
  const index = useBundleIndex();
  const filters = useFilters();
  if (!hasActiveFilters(filters)) return null;
  const s = useFiltersStore.getState;
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...actorChips(filters, (id) => index.actorName.get(id) ?? id).map((c) => ({
      key: c.key,
      label: c.label,
      remove: () => s().setActorClause(c.without),
    })),
    ...(filters.from || filters.to
      ? [
          {
            key: 'date',
            label: `${filters.from ? formatShortDate(filters.from) : '…'} – ${filters.to ? formatShortDate(filters.to) : '…'}${filters.publicationDates ? ' (with publication dates)' : ''}`,
            remove: () => s().setDateRange(null, null),
          },
        ]
      : []),
    ...filters.types.map((t) => ({ key: `t:${t}`, label: t, remove: () => s().toggleType(t) })),
    ...filters.outlets.map((id) => ({
      key: `o:${id}`,
      label: index.outletName.get(id) ?? id,
      remove: () => s().toggleOutlet(id),
    })),
    ...filters.modalities.map((m) => ({ key: `m:${m}`, label: m, remove: () => s().toggleModality(m) })),
    ...filters.speakers.map((k) => ({
      key: `s:${k}`,
      label: `quoting ${index.speakerName.get(k) ?? k}`,
      remove: () => s().toggleSpeaker(k),
    })),
    ...(filters.minSources > 1
      ? [{ key: 'n', label: `${filters.minSources}+ independent sources`, remove: () => s().setMinSources(0) }]
      : []),
    ...[placeChip(filters.places)].flatMap((c) => (c ? [{ ...c, remove: () => s().setPlaces([]) }] : [])),
    ...(filters.query.trim() ? [{ key: 'q', label: `“${filters.query.trim()}”`, remove: () => s().setQuery('') }] : []),
  ];
  return (
    <ul aria-label="Active filters" className="mt-2 flex flex-wrap gap-1">
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            onClick={c.remove}
            aria-label={`Remove filter ${c.label}`}
            className="rounded-full bg-blue-100 px-2 py-0.5 text-xs text-blue-900 hover:bg-blue-200"
          >
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
