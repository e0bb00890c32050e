import { COOPERATION_COLOUR, CONFLICT_COLOUR, nodeColour } from './network-scales.ts';
import { formatCount } from '../../components/format.ts';

const KIND_LABELS: Record<string, string> = {
  state: 'state',
  person: 'person',
  organization: 'organisation',
  'armed-group': 'armed group',
  igo: 'intergovernmental org.',
  media: 'media',
  other: 'other',
};

/** What the marks mean: node colours for the kinds on screen, edge strands, width and arrows, the selection ring. */
export function NetworkLegend({ kinds, maxEdgeCount }: { kinds: string[]; maxEdgeCount: number }) {
  return (
    <div
      aria-label="Legend"
      role="group"
      className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600"
    >
      <ul className="flex flex-wrap items-center gap-x-3" aria-label="Node colour: actor kind">
        {kinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="4.5" fill={nodeColour(k)} />
            </svg>
            {KIND_LABELS[k] ?? k}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4" fill="#94a3b8" />
            <circle cx="7" cy="7" r="6" fill="none" stroke="#0f172a" strokeWidth="1.5" />
          </svg>
          in the actor filter
        </li>
      </ul>
      <span className="flex items-center gap-1">
        <svg width="30" height="12" aria-hidden="true">
          <line x1="2" y1="6" x2="28" y2="6" stroke={COOPERATION_COLOUR} strokeWidth="3" />
        </svg>
        cooperation
        <svg width="30" height="12" aria-hidden="true" className="ml-1">
          <line x1="2" y1="6" x2="28" y2="6" stroke={CONFLICT_COLOUR} strokeWidth="3" />
        </svg>
        conflict
        <svg width="30" height="12" aria-hidden="true" className="ml-1">
          <line x1="2" y1="4.5" x2="28" y2="4.5" stroke={COOPERATION_COLOUR} strokeWidth="4.5" />
          <line x1="2" y1="8.25" x2="28" y2="8.25" stroke={CONFLICT_COLOUR} strokeWidth="1.5" />
        </svg>
        both: side by side, each as wide as its share
      </span>
      <span className="flex items-center gap-1">
        <svg width="44" height="12" aria-hidden="true">
          <line x1="2" y1="4" x2="42" y2="4" stroke="#64748b" strokeWidth="0.8" />
          <line x1="2" y1="9" x2="42" y2="9" stroke="#64748b" strokeWidth="4" />
        </svg>
        width: events{maxEdgeCount > 1 ? ` (thickest: ${formatCount(maxEdgeCount)})` : ''}
      </span>
      <span className="flex items-center gap-1">
        <svg width="26" height="10" aria-hidden="true">
          <line x1="2" y1="5" x2="18" y2="5" stroke="#64748b" strokeWidth="1.5" />
          <polygon points="25,5 17,1 17,9" fill="#64748b" />
        </svg>
        who acted on whom (no arrow: together)
      </span>
      <span>size: events</span>
    </div>
  );
}
