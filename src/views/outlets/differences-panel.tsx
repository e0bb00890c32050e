import { type ReactNode, useMemo, useState } from 'react';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import type { CoverageMatrix, CoverageRow } from '../../selectors/coverage.ts';
import { selectDifferences } from '../../selectors/differences.ts';
import { OutletChip } from '../../components/outlet-chip.tsx';
import { RowList, Section } from './difference-list.tsx';
import { DisagreementList } from './disagreement-list.tsx';
import { restrictMatrix } from './restrict-matrix.ts';
import { formatCount } from '../../components/format.ts';

type Props = {
  index: BundleIndex;
  matrix: CoverageMatrix;
  /** The outlets compared: the Coverage columns. */
  outletIds: string[];
  /** True when those are just the busiest outlets, not a choice of the user. */
  busiest: boolean;
  colourOf: (outletId: string) => string;
};

/**
 * The Differences tab: events only one outlet reported, events an outlet missed, reports that disagree,
 * among the outlets of the Coverage columns. Comparing all fifty outlets at once says little (every
 * event is "missed" by dozens) and costs seconds at 100,000 events.
 */
export function DifferencesPanel({ index, matrix, outletIds, busiest, colourOf }: Props) {
  const [exclusiveOf, setExclusiveOf] = useState('');
  const scoped = useMemo(() => restrictMatrix(matrix, outletIds), [matrix, outletIds]);
  const diff = useMemo(
    () => selectDifferences(scoped, { actor: (id) => index.actorName.get(id) ?? id, outlet: (id) => index.outletName.get(id) ?? id }),
    [scoped, index],
  );
  const name = (id: string) => index.outletName.get(id) ?? id;
  const exclusives = exclusiveOf ? diff.exclusives.filter((x) => x.outletId === exclusiveOf) : diff.exclusives;
  const exclusiveCounts = countBy(diff.exclusives.map((x) => x.outletId));
  const chip = (id: string) => <OutletChip key={id} label={name(id)} colour={colourOf(id)} />;
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-600">
        {busiest
          ? `Among the ${outletIds.length} busiest of ${matrix.outlets.length} outlets (the Coverage columns; add columns there to compare others).`
          : `Among the chosen outlets: ${outletIds.map(name).join(', ')}.`}{' '}
        The counts are of real-world events (one per event, however many reports told it). Click an item to see
        its reports side by side.
      </p>
      <Section
        title="Reported by one outlet only"
        count={diff.exclusives.length}
        empty={
          scoped.outlets.length < 2
            ? 'Exclusives need at least two outlets in view.'
            : 'Every event was reported by more than one outlet.'
        }
      >
        <label className="mb-1 flex items-center gap-1 text-xs text-slate-600">
          Outlet
          <select
            value={exclusiveOf}
            onChange={(e) => setExclusiveOf(e.target.value)}
            className="rounded border border-slate-300 px-1 py-0.5 text-xs"
          >
            <option value="">all ({formatCount(diff.exclusives.length)})</option>
            {[...exclusiveCounts].map(([id, n]) => (
              <option key={id} value={id}>{`${name(id)} (${formatCount(n)})`}</option>
            ))}
          </select>
        </label>
        <RowList
          list={exclusives}
          toItem={(x) => ({
            row: x.row,
            key: x.row.clusterId,
            note: chip(x.outletId),
            spoken: `only ${name(x.outletId)}`,
          })}
        />
      </Section>
      <Section
        title="Missed: reported by two or more others, not by this outlet"
        count={diff.missed.reduce((n, m) => n + m.rows.length, 0)}
        empty={
          scoped.outlets.length < 3
            ? 'Needs three or more outlets in view; with two, what one missed is the other’s exclusives.'
            : 'No outlet missed an event that two others reported.'
        }
      >
        {diff.missed.map((m) => (
          <MissedGroup key={m.outletId} chip={chip(m.outletId)} rows={m.rows} outlet={name(m.outletId)} />
        ))}
      </Section>
      <Section
        title="Reports that disagree on date, modality or participants"
        count={diff.disagreements.length}
        empty="No event's reports disagree on its date, on whether it happened or on who took part."
      >
        <p className="mb-1 text-xs text-slate-600">
          A report of a plan published before the event and a report that it happened are not a disagreement.
        </p>
        <DisagreementList index={index} list={diff.disagreements} colourOf={colourOf} />
      </Section>
    </div>
  );
}

/** One outlet's misses, collapsed; its list is only rendered when opened (fifty outlets stay cheap). */
function MissedGroup({ chip, rows, outlet }: { chip: ReactNode; rows: CoverageRow[]; outlet: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="rounded border border-slate-100 px-2 py-1"
    >
      <summary className="cursor-pointer text-xs">
        {chip} missed <span className="tabular-nums">{rows.length}</span>
      </summary>
      {open && (
        <RowList
          list={rows}
          toItem={(row) => ({
            row,
            key: row.clusterId,
            note: <span className="text-slate-500">{row.outletCount} others</span>,
            spoken: `missed by ${outlet}, reported by ${row.outletCount} others`,
          })}
        />
      )}
    </details>
  );
}

function countBy(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}
