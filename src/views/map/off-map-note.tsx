import { formatCount } from '../../components/format.ts';
import type { MapCounts } from '../../selectors/map-places.ts';
import { useFiltersStore } from '../../state/filters-store.ts';

const LISTED = 8;

/**
 * What the map cannot show, so it never looks complete when it is not: events at places without a point
 * (each a button that filters by it, like a mark) and events whose text names no place.
 */
export function OffMapNote({ counts, chosen }: { counts: MapCounts; chosen: string[] }) {
  const { offMap, offMapNames, noPlace } = counts;
  if (offMap === 0 && noPlace === 0) return null;
  const toggle = (name: string) => useFiltersStore.getState().togglePlaces([name]);
  return (
    <div className="mt-1 text-xs text-slate-700">
      {offMap > 0 && (
        <div className="flex flex-wrap items-baseline gap-1">
          <span>{formatCount(offMap)} events at places not on the map:</span>
          <ul aria-label="Places not on the map" className="contents">
            {offMapNames.slice(0, LISTED).map(({ name, count }) => (
              <li key={name} className="inline">
                <button
                  type="button"
                  aria-pressed={chosen.includes(name)}
                  onClick={() => toggle(name)}
                  className={`rounded px-1 ring-1 ${chosen.includes(name) ? 'bg-slate-700 text-white ring-slate-700' : 'ring-slate-300 hover:bg-slate-100'}`}
                >
                  {name} ({formatCount(count)})
                </button>
              </li>
            ))}
            {offMapNames.length > LISTED && (
              <li className="inline">and {formatCount(offMapNames.length - LISTED)} more</li>
            )}
          </ul>
        </div>
      )}
      {noPlace > 0 && <p>{formatCount(noPlace)} events with no place named.</p>}
    </div>
  );
}
