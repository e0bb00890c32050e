import type { MouseEvent } from 'react';
import { EVIDENCE_ID } from './evidence-focus.ts';

/** The regions a keyboard user can jump to, by element id (each region has that id and tabIndex -1). */
export const REGION_IDS = {
  filters: 'filters',
  timeline: 'timeline',
  network: 'network',
  outlets: 'outlet-comparison',
  trends: 'trends',
  eventList: 'event-list',
  map: 'map',
  promises: 'promises',
} as const;

/** Each region's skip link, in page order (the page's view links are read from these too). */
export const LINKS: [string, string][] = [
  ['Skip to filters', REGION_IDS.filters],
  ['Skip to timeline', REGION_IDS.timeline],
  ['Skip to network', REGION_IDS.network],
  ['Skip to outlet comparison', REGION_IDS.outlets],
  ['Skip to map', REGION_IDS.map],
  ['Skip to trends', REGION_IDS.trends],
  ['Skip to event list', REGION_IDS.eventList],
  ['Skip to promises', REGION_IDS.promises],
];

/**
 * Links at the top of the page, hidden until focused, each moving focus to a region. Focus is moved by
 * hand rather than by the URL fragment: the URL holds the filters, and a fragment would add history.
 */
export function SkipLinks({ evidenceOpen }: { evidenceOpen: boolean }) {
  const links = evidenceOpen ? [...LINKS, ['Skip to evidence', EVIDENCE_ID] as [string, string]] : LINKS;
  return (
    <nav aria-label="Skip links" className="flex gap-2">
      {links.map(([text, id]) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={(e) => jumpTo(e, id)}
          className="sr-only rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {text}
        </a>
      ))}
    </nav>
  );
}

/** Scrolls a region into view and focuses it (the link's default, a fragment, would add history). */
export function jumpTo(e: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView?.({ block: 'start' });
  target.focus();
}
