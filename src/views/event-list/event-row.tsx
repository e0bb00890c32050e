import { memo } from 'react';
import { outletColour } from '../../components/outlet-colours.ts';
import { NoSentenceNote } from '../../components/no-sentence-note.tsx';
import { OutletChip } from '../../components/outlet-chip.tsx';
import type { ListRow } from './list-row.ts';
import { DATE_NOT_STATED } from './list-row.ts';

type Props = {
  /** The row's place in the sorted list (0-based). */
  position: number;
  row: ListRow;
  height: number;
  tabStop: boolean;
  selected: boolean;
  outletIds: readonly string[];
  outletName: ReadonlyMap<string, string>;
  onOpen: (position: number) => void;
};

const CELL = 'overflow-hidden text-ellipsis whitespace-nowrap px-2 shadow-[inset_0_-1px_0_#e2e8f0]';
const MAX_DOTS = 6;

/** One row of the event list: focusable (one row at a time is the tab stop), a click or Enter opens its evidence. */
export const EventRow = memo(function EventRow({
  position,
  row,
  height,
  tabStop,
  selected,
  outletIds,
  outletName,
  onOpen,
}: Props) {
  const names = row.outletIds.map((id) => outletName.get(id) ?? id);
  return (
    <tr
      data-row={position}
      aria-rowindex={position + 2}
      aria-current={selected || undefined}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onOpen(position)}
      title={row.sentence}
      style={{ height }}
      className={`cursor-pointer outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 ${selected ? 'bg-blue-50 font-medium' : 'hover:bg-slate-50'}`}
    >
      <td className={`${CELL} ${row.date === DATE_NOT_STATED ? 'italic text-amber-800' : 'tabular-nums'}`}>
        {row.fiction && (
          <span
            title="Fiction (demo corpus)"
            className="mr-1 rounded bg-amber-100 px-0.5 text-[10px] font-semibold text-amber-900 ring-1 ring-amber-300"
          >
            Fiction
          </span>
        )}
        {row.date}
      </td>
      <td className={CELL}>{row.precision}</td>
      <td className={CELL}>{row.type}</td>
      <td className={CELL} title={row.sources}>
        {row.sources || <span className="text-slate-500">none named</span>}
      </td>
      <td className={CELL} title={row.targets}>
        {row.targets || <span className="text-slate-500">none named</span>}
      </td>
      <td className={CELL} title={names.join(', ')}>
        {names.length === 1 ? (
          <OutletChip label={names[0]!} colour={outletColour(outletIds, row.outletIds[0]!)} plain />
        ) : (
          <OutletDots ids={row.outletIds} names={names} outletIds={outletIds} />
        )}
      </td>
      <td className={CELL}>{row.modality}</td>
      <td className={CELL}>
        {row.noSentence ? (
          <NoSentenceNote value={row.noSentence} linkFocusable={false} className="truncate" />
        ) : (
          row.sentence
        )}
      </td>
    </tr>
  );
});

/** Several outlets: their count, and a colour dot each (the names are in the cell's title and read by screen readers). */
function OutletDots({ ids, names, outletIds }: { ids: readonly string[]; names: string[]; outletIds: readonly string[] }) {
  return (
    <span className="inline-flex items-center gap-0.5">
      <span className="mr-1 tabular-nums">{ids.length} outlets</span>
      <span className="sr-only">: {names.join(', ')}</span>
      {ids.slice(0, MAX_DOTS).map((id) => (
        <span
          key={id}
          aria-hidden="true"
          className="inline-block h-2 w-2 rounded-full"
          style={{ background: outletColour(outletIds, id) }}
        />
      ))}
    </span>
  );
}
