import { memo } from 'react';
import { QUAD_OF_TYPE } from '../../model/bundle-schema.ts';
import type { CoverageRow } from '../../selectors/coverage.ts';
import { QUAD_COLOURS } from '../../components/palette.ts';
import type { Selection } from '../../state/filters.ts';
import { cellGlyphs, cellLabel, dateDiffers } from './cell-glyph.ts';
import type { OutletColumn } from './column-choice.ts';
import { ModalityGlyph } from './modality-glyph.tsx';

type Props = {
  row: CoverageRow;
  rowIndex: number;
  top: number;
  height: number;
  labelWidth: number;
  colWidth: number;
  columns: OutletColumn[];
  colourOf: (outletId: string) => string;
  /** Column (0 = label) that takes Tab focus in this row, or -1 when another row has it. */
  tabCol: number;
  selection: Selection | null;
  onCell: (clusterId: string, outletId: string) => void;
  onRow: (clusterId: string) => void;
};

/** From this label width the badge spells out "single source"; narrower, "1 source" leaves the type room. */
const WIDE_LABEL = 240;

// No outline-none here: in Tailwind 4 it also zeroes the outline style that focus-visible:outline-2 relies on.
const FOCUS = 'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600';

/** One cluster of the coverage matrix: its label (date, type, actors) and a cell per outlet column. */
export const CoverageRowView = memo(function CoverageRowView(p: Props) {
  const { row } = p;
  const sel = p.selection;
  const rowSelected = sel?.kind === 'cluster' && sel.clusterId === row.clusterId;
  const outletWord = row.outletCount === 1 ? 'outlet' : 'outlets';
  const corroboration = row.corroboration;
  const sourcesWords = corroboration.singleSource ? `single source (${corroboration.text})` : corroboration.text;
  return (
    <div
      role="row"
      aria-rowindex={p.rowIndex + 2}
      className={`absolute left-0 flex border-b border-slate-100 ${rowSelected ? 'bg-blue-50' : 'bg-white hover:bg-slate-50'}`}
      style={{ top: p.top, height: p.height, width: p.labelWidth + p.columns.length * p.colWidth }}
    >
      <div
        role="rowheader"
        aria-selected={rowSelected}
        className="sticky left-0 z-[1] flex border-r border-slate-200 bg-inherit"
        style={{ width: p.labelWidth }}
      >
        <button
          type="button"
          data-cell={`${p.rowIndex}:0`}
          tabIndex={p.tabCol === 0 ? 0 : -1}
          onClick={() => p.onRow(row.clusterId)}
          aria-label={`${row.dateLabel}, ${row.type}, ${row.label || 'unnamed actors'}; ${row.outletCount} ${outletWord}, ${sourcesWords}: show all reports`}
          className={`flex w-full min-w-0 flex-col justify-center px-2 text-left leading-tight ${FOCUS}`}
        >
          {/* One line whatever the width: the date never wraps, the type gives way first (the button's label has it all). */}
          <span className="flex min-w-0 items-center gap-1.5 whitespace-nowrap text-[11px] text-slate-500">
            <span className="shrink-0 tabular-nums">{row.dateLabel}</span>
            <span
              aria-hidden="true"
              className="inline-block h-2 w-2 shrink-0 rounded-sm"
              style={{ background: QUAD_COLOURS[QUAD_OF_TYPE[row.type]] }}
            />
            <span className="min-w-0 truncate font-medium text-slate-600">{row.type}</span>
            {corroboration.singleSource ? (
              <span className="ml-auto shrink-0 rounded border border-amber-400 bg-amber-50 px-1 text-[10px] font-medium leading-tight text-amber-900" title={sourcesWords}>
                {p.labelWidth >= WIDE_LABEL ? 'single source' : '1 source'}
              </span>
            ) : (
              <span className="ml-auto shrink-0 tabular-nums text-slate-600" title={sourcesWords}>
                {corroboration.independent} of {corroboration.outlets} indep.
              </span>
            )}
          </span>
          <span className="truncate text-xs text-slate-900" title={row.label}>
            {row.label || '—'}
          </span>
        </button>
      </div>
      {p.columns.map((col, c) => {
        const cell = row.cells.get(col.id);
        const reused = row.corroboration.derivedFrom.get(col.id);
        const label = cellLabel(col.label, cell) + (cell && reused ? `; reuses ${reused.outlet}'s text` : '');
        const selected = sel?.kind === 'cell' && sel.clusterId === row.clusterId && sel.outletId === col.id;
        const tab = p.tabCol === c + 1 ? 0 : -1;
        const ring = selected ? 'bg-blue-100 ring-1 ring-inset ring-blue-400' : '';
        if (!cell)
          return (
            <div
              key={col.id}
              role="gridcell"
              data-cell={`${p.rowIndex}:${c + 1}`}
              tabIndex={tab}
              aria-label={label}
              className={`flex items-center justify-center ${FOCUS}`}
              style={{ width: p.colWidth }}
            >
              <span aria-hidden="true" className="h-1 w-1 rounded-full bg-slate-200" />
            </div>
          );
        const colour = p.colourOf(col.id);
        return (
          <div
            key={col.id}
            role="gridcell"
            aria-selected={selected}
            className="flex items-center justify-center"
            style={{ width: p.colWidth }}
          >
            <button
              type="button"
              data-cell={`${p.rowIndex}:${c + 1}`}
              tabIndex={tab}
              aria-label={label}
              title={label}
              onClick={() => p.onCell(row.clusterId, col.id)}
              className={`flex h-full w-full items-center justify-center gap-0.5 hover:bg-slate-100 ${ring} ${FOCUS}`}
            >
              {cellGlyphs(cell.modalities).map((m) => (
                <ModalityGlyph key={m} modality={m} colour={colour} />
              ))}
              {reused && (
                <span aria-hidden="true" className="text-[10px] font-semibold leading-none text-slate-700">
                  ↻
                </span>
              )}
              {dateDiffers(cell, row.date) && (
                <span aria-hidden="true" className="text-[10px] font-semibold leading-none text-slate-700">
                  ≠
                </span>
              )}
            </button>
          </div>
        );
      })}
    </div>
  );
});
