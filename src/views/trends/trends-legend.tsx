import { QUAD_CLASSES } from '../../model/bundle-schema.ts';
import { QUAD_COLOURS, QUAD_LABELS } from '../../components/palette.ts';

/** What the bar colours mean: the four PLOVER quad classes. */
export function TrendsLegend() {
  return (
    <ul aria-label="Legend: quad class" className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {QUAD_CLASSES.map((q) => (
        <li key={q} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-2.5 rounded-sm"
            style={{ background: QUAD_COLOURS[q] }}
          />
          {QUAD_LABELS[q]}
        </li>
      ))}
    </ul>
  );
}
