import type { LaneMode } from '../../state/filters.ts';

const LANE_OPTIONS: { mode: LaneMode; label: string }[] = [
  { mode: 'type', label: 'Type' },
  { mode: 'actor', label: 'Actor' },
  { mode: 'outlet', label: 'Outlet' },
];

/** Segmented control for what the rows of the timeline are: event types, actors or outlets. */
export function LanesControl({ lanes, onChange }: { lanes: LaneMode; onChange: (lanes: LaneMode) => void }) {
  return (
    <fieldset className="flex items-center gap-1.5 text-sm">
      <legend className="float-left mr-1.5 text-slate-600">Lanes</legend>
      <div className="inline-flex overflow-hidden rounded border border-slate-300">
        {LANE_OPTIONS.map((o, i) => (
          <button
            key={o.mode}
            type="button"
            aria-pressed={lanes === o.mode}
            onClick={() => onChange(o.mode)}
            className={`px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-blue-700 ${i > 0 ? 'border-l border-slate-300' : ''} ${lanes === o.mode ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'}`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

type ZoomProps = { onZoomIn: () => void; onZoomOut: () => void; onFit: () => void; canFit: boolean };

/** Zoom buttons: the keyboard (and mouse-wheel-less) way to zoom the detail; Fit shows every filtered event. */
export function ZoomButtons({ onZoomIn, onZoomOut, onFit, canFit }: ZoomProps) {
  const cls = 'px-2 py-0.5 hover:bg-slate-100 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-blue-700';
  return (
    <div role="group" aria-label="Zoom" className="inline-flex overflow-hidden rounded border border-slate-300 bg-white text-sm text-slate-700">
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out" className={cls}>
        −
      </button>
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in" className={`${cls} border-l border-slate-300`}>
        +
      </button>
      <button type="button" onClick={onFit} disabled={!canFit} title="Zoom to all events that pass the filters" className={`${cls} border-l border-slate-300`}>
        Fit all
      </button>
    </div>
  );
}
