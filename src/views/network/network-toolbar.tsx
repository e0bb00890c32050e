type Props = {
  collapsePeople: boolean;
  onCollapse: (on: boolean) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onReset: () => void;
};

const BUTTON = 'rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600';

/** The network's own controls: collapse people into their states, and zoom buttons for keyboard users. */
export function NetworkToolbar({ collapsePeople, onCollapse, onZoomIn, onZoomOut, onFit, onReset }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-1 text-xs text-slate-700">
        <input type="checkbox" checked={collapsePeople} onChange={(e) => onCollapse(e.target.checked)} />
        Collapse people into states
      </label>
      <div role="group" aria-label="Zoom" className="flex items-center gap-1">
        <button type="button" className={BUTTON} onClick={onZoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" className={BUTTON} onClick={onZoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" className={BUTTON} onClick={onFit} title="Zoom to the actors shown">
          Fit shown
        </button>
        <button type="button" className={BUTTON} onClick={onReset} title="Back to the whole network">
          Reset view
        </button>
      </div>
    </div>
  );
}
