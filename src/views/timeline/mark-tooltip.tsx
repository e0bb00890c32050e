import type { MarkDetails } from './mark-details.ts';

type Props = {
  details: MarkDetails;
  /** The mark's centre and radius in the detail container's pixels. */
  x: number;
  y: number;
  r: number;
  containerWidth: number;
  containerHeight: number;
};

const WIDTH = 288;

/** The hover/focus card: type, actors, date as said and as resolved, modality, outlets; click opens the evidence. */
export function MarkTooltip({ details, x, y, r, containerWidth, containerHeight }: Props) {
  // Flip to the side and vertical half with more room, so the card never covers the mark it describes.
  const left = x + r + 8 + WIDTH <= containerWidth ? x + r + 8 : Math.max(0, x - r - 8 - WIDTH);
  const below = y < containerHeight / 2;
  const style = below ? { left, top: Math.max(0, y - 12) } : { left, bottom: Math.max(0, containerHeight - y - 12) };
  return (
    <div role="tooltip" style={{ ...style, width: WIDTH }} className="pointer-events-none absolute z-10 rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg">
      <p className="font-semibold">{details.heading}</p>
      <p className="mt-0.5">{details.actors.join(', ') || 'No named actors'}</p>
      <dl className="mt-1 grid grid-cols-[4.5rem_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-slate-500">Date</dt>
        <dd>
          {details.dateNotes.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </dd>
        <dt className="text-slate-500">Modality</dt>
        <dd>{details.modality}</dd>
        <dt className="text-slate-500">{details.outlets.length === 1 ? 'Outlet' : `${details.outlets.length} outlets`}</dt>
        <dd>{details.outlets.join(', ')}</dd>
      </dl>
      {details.fiction && <p className="mt-1 font-semibold text-amber-900">{details.fiction}</p>}
      <p className="mt-1 text-slate-500">Click or press Enter for the evidence</p>
    </div>
  );
}
