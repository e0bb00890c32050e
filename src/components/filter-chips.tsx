import { useBundleIndex, useFilters } from '../state/dashboard-hooks.ts';
import { clauseNames, filterChips } from '../state/filters.ts';
import { useFiltersStore } from '../state/filters-store.ts';

/** Active filters as removable chips. */
export function FilterChips() {
  const index = useBundleIndex();
  const filters = useFilters();
  const chips = filterChips(filters, clauseNames(index));
  if (chips.length === 0) return null;
  const remove = (values: (typeof chips)[number]['without']) => useFiltersStore.getState().setFilters(values);
  return (
    <ul aria-label="Active filters" className="mt-2 flex flex-wrap gap-1">
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            onClick={() => remove(c.without)}
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
