import { useMemo } from 'react';
import { useBundleIndex, useFilters } from '../state/dashboard-hooks.ts';
import { MODALITIES, QUAD_OF_TYPE } from '../model/bundle-schema.ts';
import { isoOfDay } from '../model/day-number.ts';
import { selectFacets } from '../selectors/facets.ts';
import { hasActiveFilters } from '../state/filters.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { REGION_IDS } from './skip-links.tsx';
import { ActorFilter } from './actor-filter.tsx';
import { DateInput } from './date-input.tsx';
import { FilterChips } from './filter-chips.tsx';
import { useAfterPaint } from './use-after-paint.ts';
import { MultiSelect } from './multi-select.tsx';
import { MODALITY_STYLE, QUAD_LABELS } from './palette.ts';

/** The shared filters: every control shows counts given the other filters (faceted). */
export function FilterBar() {
  const index = useBundleIndex();
  const filters = useFilters();
  // The counts beside the options follow one frame after the views: while a brush moves, the views are
  // what the user watches, and a pass over every event for the counts would delay their paint.
  const countedFilters = useAfterPaint(filters);
  const facets = useMemo(() => selectFacets(index, countedFilters), [index, countedFilters]);
  const store = useFiltersStore.getState;
  const typeOptions = facets.types.map((t) => ({ ...t, group: QUAD_LABELS[QUAD_OF_TYPE[t.id]] }));
  return (
    <div className="border-b border-slate-200 bg-white px-4 py-2">
      <div
        id={REGION_IDS.filters}
        tabIndex={-1}
        role="search"
        aria-label="Filters"
        className="flex flex-wrap items-center gap-2"
      >
        <ActorFilter
          clause={filters}
          options={facets.actors}
          nameOf={(id) => index.actorName.get(id) ?? id}
          onToggle={(id) => store().toggleActor(id)}
          onClause={(clause) => store().setActorClause(clause)}
        />
        <label className="flex items-center gap-1 text-sm">
          From
          <DateInput
            label="From"
            value={filters.from}
            min={minDay(index)}
            max={filters.to ?? maxDay(index)}
            onCommit={(day) => store().setDateRange(day, store().to)}
          />
        </label>
        <label className="flex items-center gap-1 text-sm">
          To
          <DateInput
            label="To"
            value={filters.to}
            min={filters.from ?? minDay(index)}
            max={maxDay(index)}
            onCommit={(day) => store().setDateRange(store().from, day)}
          />
        </label>
        <label
          className="flex items-center gap-1 text-xs text-slate-700"
          title="Events whose date the text does not state carry only their article's publication day; a date range leaves them out unless this is ticked."
        >
          <input
            type="checkbox"
            checked={filters.publicationDates}
            onChange={(e) => store().setPublicationDates(e.target.checked)}
          />
          Include events dated only by publication
        </label>
        <MultiSelect
          label="Event types"
          options={typeOptions}
          selected={filters.types}
          onToggle={(id) => store().toggleType(id as (typeof filters.types)[number])}
          limit={16}
        />
        <MultiSelect
          label="Outlets"
          options={facets.outlets}
          countUnit="reports"
          selected={filters.outlets}
          onToggle={(id) => store().toggleOutlet(id)}
        />
        <fieldset className="flex items-center gap-1 text-sm" aria-label="Modality">
          <legend className="sr-only">Modality</legend>
          {MODALITIES.map((m) => {
            const on = filters.modalities.includes(m);
            const count = facets.modalities.find((x) => x.id === m)?.count ?? 0;
            return (
              <button
                key={m}
                type="button"
                aria-pressed={on}
                title={MODALITY_STYLE[m].label}
                onClick={() => store().toggleModality(m)}
                className={`rounded border px-1.5 py-0.5 ${on ? 'border-blue-600 bg-blue-50 text-blue-900' : 'border-slate-300 text-slate-700'}`}
              >
                {m} <span className="tabular-nums text-slate-500">{count}</span>
              </button>
            );
          })}
        </fieldset>
        <MultiSelect
          label="Speakers"
          options={facets.speakers}
          selected={filters.speakers}
          onToggle={(id) => store().toggleSpeaker(id)}
        />
        <label className="flex items-center gap-1 text-sm">
          Independent sources
          <select
            value={filters.minSources > 1 ? String(filters.minSources) : '0'}
            onChange={(e) => store().setMinSources(Number(e.target.value))}
            className="rounded border border-slate-300 px-1 py-0.5 text-sm"
          >
            {minSourcesOptions(filters.minSources).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          aria-label="Search"
          placeholder="Search sentences"
          value={filters.query}
          onChange={(e) => store().setQuery(e.target.value)}
          className="w-48 rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <button
          type="button"
          onClick={() => store().reset()}
          disabled={!hasActiveFilters(filters)}
          className="rounded border border-slate-300 px-2 py-1 text-sm enabled:hover:bg-slate-100 disabled:opacity-40"
        >
          Reset
        </button>
      </div>
      <FilterChips />
    </div>
  );
}

// Outlets reporting a cluster without reusing another's text; "any" keeps single-source events.
const MIN_SOURCES: [string, string][] = [
  ['0', 'any'],
  ['2', 'at least 2'],
  ['3', 'at least 3'],
  ['4', 'at least 4'],
];

/** The fixed choices, plus a larger value arriving from a shared link so that the control shows it. */
function minSourcesOptions(current: number): [string, string][] {
  return current > 4 ? [...MIN_SOURCES, [String(current), `at least ${current}`]] : MIN_SOURCES;
}

const minDay = (index: ReturnType<typeof useBundleIndex>) => (index.extent ? isoOfDay(index.extent[0]) : undefined);
const maxDay = (index: ReturnType<typeof useBundleIndex>) => (index.extent ? isoOfDay(index.extent[1]) : undefined);
