import { COOPERATION_COLOUR, CONFLICT_COLOUR, FICTION_COLOUR } from './map-chart.tsx';

/** What the marks mean: colour, wedges, size, rings. */
export function MapLegend() {
  return (
    <ul aria-label="Map legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="6" fill={COOPERATION_COLOUR} />
        </svg>
        Cooperation
      </li>
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="6" fill={CONFLICT_COLOUR} />
        </svg>
        Conflict
      </li>
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7 7 L7 1 A6 6 0 1 1 1.8 10 Z" fill={COOPERATION_COLOUR} />
          <path d="M7 7 L1.8 10 A6 6 0 0 1 7 1 Z" fill={CONFLICT_COLOUR} />
        </svg>
        Both: wedges in proportion
      </li>
      <li>Area grows with the number of events</li>
      <li className="flex items-center gap-1">
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" fill="none" stroke={FICTION_COLOUR} strokeWidth="1.5" strokeDasharray="3 2" />
        </svg>
        All events fictional (demo corpus)
      </li>
      <li className="flex items-center gap-1">
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" fill="none" stroke="#0f172a" strokeWidth="2.5" />
        </svg>
        Chosen place (filters every view)
      </li>
      <li>Venues are drawn at their city; a country at its centre</li>
    </ul>
  );
}
