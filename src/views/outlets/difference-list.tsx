import type { ReactNode } from 'react';
import type { CoverageRow } from '../../selectors/coverage.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { capList } from './bar-layout.ts';
import { formatCount } from '../../components/format.ts';

const LIMIT = 50;

/** A titled list with its total, or a sentence saying why it is empty. */
export function Section({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={title}>
      <h3 className="mb-1 text-xs font-semibold text-slate-700">
        {title} <span className="font-normal tabular-nums text-slate-500">({formatCount(count)})</span>
      </h3>
      {count === 0 ? <p className="text-xs text-slate-500">{empty}</p> : children}
    </section>
  );
}

/** One line of a differences list: the event, a note on the right, and words for screen readers. */
export type Item = { row: CoverageRow; key: string; note: ReactNode; spoken: string };

/** The first fifty items as buttons that open the event's reports, then how many were left out (only those fifty are built). */
export function RowList<T>({ list, toItem }: { list: T[]; toItem: (x: T) => Item }) {
  const { shown: first, rest } = capList(list, LIMIT);
  const shown = first.map(toItem);
  const select = (clusterId: string) => useFiltersStore.getState().select({ kind: 'cluster', clusterId });
  return (
    <ul className="max-h-56 divide-y divide-slate-100 overflow-auto">
      {shown.map((it) => (
        <li key={it.key}>
          <button
            type="button"
            onClick={() => select(it.row.clusterId)}
            aria-label={`${it.row.dateLabel}, ${it.row.type}, ${it.row.label}: ${it.spoken}`}
            className="flex w-full items-center gap-2 px-1 py-0.5 text-left text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            <span className="w-20 shrink-0 tabular-nums text-slate-500">{it.row.dateLabel}</span>
            <span className="w-24 shrink-0 font-medium text-slate-600">{it.row.type}</span>
            <span className="min-w-0 flex-1 truncate" title={it.row.label}>
              {it.row.label}
            </span>
            <span className="shrink-0">{it.note}</span>
          </button>
        </li>
      ))}
      {rest > 0 && (
        <li className="px-1 py-0.5 text-xs text-slate-500">
          and {formatCount(rest)} more; narrow the filters to see them.
        </li>
      )}
    </ul>
  );
}
