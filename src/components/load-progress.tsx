import { useLoadProgressStore } from '../state/load-progress-store.ts';

const STAGE_WORDS = {
  fetching: 'Loading the event bundle…',
  decoding: 'Reading the event columns…',
  validating: 'Checking the event columns…',
  building: 'Preparing the views…',
} as const;

const MB = 1024 * 1024;

/** What loading the bundle has come to: a progress bar while bytes arrive (indeterminate when the size is not known). */
export function LoadProgress() {
  const { stage, loaded, total } = useLoadProgressStore();
  const known = stage === 'fetching' && total !== null && total > 0;
  const percent = known ? Math.round((100 * loaded) / total) : undefined;
  const amount = known
    ? ` ${(loaded / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB`
    : loaded > 0 && stage === 'fetching'
      ? ` ${(loaded / MB).toFixed(1)} MB`
      : '';
  return (
    <div className="p-6 text-slate-600">
      <p id="load-progress-label">
        {STAGE_WORDS[stage]}
        {amount}
      </p>
      <div
        role="progressbar"
        aria-labelledby="load-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-1.5 w-64 overflow-hidden rounded bg-slate-200"
      >
        <div
          className={`h-full bg-slate-500 ${percent === undefined ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
