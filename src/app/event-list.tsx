import type { Bundle } from '../model/bundle-schema.ts';
import { selectClusterRows } from '../selectors/cluster-rows.ts';

/** A plain list of real-world events (clusters) with each outlet's sentence: the stand-in view. */
export function EventList({ bundle }: { bundle: Bundle }) {
  const rows = selectClusterRows(bundle);
  return (
    <section aria-label="Events" className="space-y-3">
      {rows.map((row) => (
        <article key={row.id} className="rounded border border-slate-200 bg-white p-3">
          <h2 className="text-sm font-semibold">
            {row.date ?? 'undated'} · {row.type} · {row.actors.join(', ')}
          </h2>
          <ul className="mt-1 space-y-1 text-sm">
            {row.reports.map((r) => (
              <li key={r.eventId}>
                <span className="font-medium">{r.outlet}</span> <span className="text-slate-500">({r.modality})</span>: {r.sentence}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
