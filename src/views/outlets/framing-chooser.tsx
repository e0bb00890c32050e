import { useId } from 'react';
import type { FramingChoice } from '../../selectors/framing.ts';
import { formatCount } from '../../components/format.ts';

type Props = { choices: { choices: FramingChoice[]; total: number }; query: string; onQuery: (q: string) => void; onPick: (clusterId: string) => void };

/** The events reported by two or more outlets, in date order, searchable: pick one to compare its framing. */
export function FramingChooser({ choices, query, onQuery, onPick }: Props) {
  const hint = useId();
  const { choices: list, total } = choices;
  return (
    <div className="space-y-2">
      <p id={hint} className="text-xs text-slate-600">
        Pick an event reported by two or more outlets (under the filters) to see how each one framed it. Selecting an event elsewhere opens it here.
      </p>
      <input
        type="search"
        aria-label="Find an event to compare"
        aria-describedby={hint}
        placeholder="Find by actor, type or date"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        className="w-64 rounded border border-slate-300 px-2 py-1 text-sm"
      />
      {total === 0 ? (
        <p className="text-sm text-slate-600">{query ? 'No shared event matches that search.' : 'No event under these filters was reported by more than one outlet.'}</p>
      ) : (
        <ul aria-label="Events reported by two or more outlets" className="max-h-80 divide-y divide-slate-100 overflow-auto">
          {list.map((c) => (
            <li key={c.clusterId}>
              <button
                type="button"
                onClick={() => onPick(c.clusterId)}
                aria-label={`${c.dateLabel}, ${c.type}, ${c.label}: ${c.outlets} outlets, compare their framing`}
                className="flex w-full items-center gap-2 px-1 py-0.5 text-left text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
              >
                <span className="w-20 shrink-0 tabular-nums text-slate-500">{c.dateLabel}</span>
                <span className="w-20 shrink-0 font-medium text-slate-600">{c.type}</span>
                <span className="min-w-0 flex-1 truncate" title={c.label}>
                  {c.label}
                </span>
                <span className="shrink-0 tabular-nums text-slate-500">{c.outlets} outlets</span>
              </button>
            </li>
          ))}
          {total > list.length && <li className="px-1 py-0.5 text-xs text-slate-500">and {formatCount(total - list.length)} more; search to find them.</li>}
        </ul>
      )}
    </div>
  );
}
