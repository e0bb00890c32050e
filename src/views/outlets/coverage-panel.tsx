import { useCallback, useMemo } from 'react';
import { MultiSelect } from '../../components/multi-select.tsx';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { CoverageMatrix as Matrix } from '../../selectors/coverage.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { columnOptions, type OutletColumn, rowsForColumns, toggleColumn } from './column-choice.ts';
import { CoverageMatrix } from './coverage-matrix.tsx';
import { GlyphLegend } from './modality-glyph.tsx';
import { formatCount } from '../../components/format.ts';

type Props = {
  index: BundleIndex;
  matrix: Matrix;
  filterOutlets: string[];
  /** The outlet columns, chosen by the view (chooseColumns) so that Differences compares the same outlets. */
  columns: OutletColumn[];
  /** Whether the user picked the columns here (else they are the busiest outlets). */
  picked: boolean;
  onPick: (ids: string[] | null) => void;
  colourOf: (outletId: string) => string;
};

/**
 * The Coverage tab: which outlet reported which real-world event (a row per cluster; an outlet's count is
 * its rows, however many reports it made of each, as outlet-counts.ts defines it). Columns follow the Outlets filter when it is
 * set (adding a column then adds to the filter, since a column outside it would be empty); otherwise
 * the busiest outlets, adjustable here without touching the shared filters.
 */
export function CoveragePanel({ index, matrix, filterOutlets, columns, picked, onPick, colourOf }: Props) {
  const selection = useFiltersStore((s) => s.selection);
  const nameOf = useCallback((id: string) => index.outletName.get(id) ?? id, [index]);
  const options = useMemo(
    () => columnOptions(matrix.outlets, index.outletIds, nameOf),
    [matrix.outlets, index.outletIds, nameOf],
  );
  const shown = useMemo(() => columns.map((c) => c.id), [columns]);
  const rows = useMemo(
    () =>
      rowsForColumns(
        matrix.rows,
        shown.flatMap((id) => matrix.outletIndexOf(id) ?? []),
      ),
    [matrix, shown],
  );
  const elsewhere = matrix.rows.length - rows.length;
  const followsFilter = filterOutlets.length > 0;
  const onToggle = (id: string) =>
    followsFilter ? useFiltersStore.getState().toggleOutlet(id) : onPick(toggleColumn(shown, id));
  const onCell = useCallback(
    (clusterId: string, outletId: string) => useFiltersStore.getState().select({ kind: 'cell', clusterId, outletId }),
    [],
  );
  const onRow = useCallback(
    (clusterId: string) => useFiltersStore.getState().select({ kind: 'cluster', clusterId }),
    [],
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <MultiSelect
          label="Outlet columns"
          placeholder={followsFilter ? 'Add outlet (filter)…' : 'Add outlet column…'}
          options={options.map((o) => ({ id: o.id, label: o.label, count: o.count }))}
          countUnit="real-world events"
          selected={shown}
          onToggle={onToggle}
          limit={60}
        />
        <span>
          {formatCount(rows.length)} real-world events × {columns.length} of {matrix.outlets.length} reporting outlets
          {followsFilter ? ' (from the Outlets filter)' : picked ? '' : ', busiest first'}
          {elsewhere > 0 && ` · ${formatCount(elsewhere)} more reported only by other outlets`}
        </span>
        {!followsFilter && picked && (
          <button
            type="button"
            onClick={() => onPick(null)}
            className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100"
          >
            Busiest outlets
          </button>
        )}
      </div>
      {/* What an exported image of the matrix holds: the grid and its legend. */}
      <div data-chart="coverage" className="space-y-2">
        {columns.length === 0 ? (
          <p className="text-sm text-slate-600">No outlet columns chosen. Add one with “Outlet columns”.</p>
        ) : (
          <CoverageMatrix
            rows={rows}
            columns={columns}
            colourOf={colourOf}
            selection={selection}
            onCell={onCell}
            onRow={onRow}
          />
        )}
        <GlyphLegend />
      </div>
    </div>
  );
}
