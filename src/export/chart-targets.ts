import type { SnapshotOptions } from './chart-snapshot.ts';

/** A chart that can be exported: the region it lives in, the element to draw, and how. */
export type ChartTarget = {
  id: 'timeline' | 'network' | 'coverage';
  label: string;
  /** Accessible name of the dashboard region holding it. */
  region: string;
  /** The element to draw, inside the region (null when it is not on screen). */
  rootOf: (region: Element) => Element | null;
  options: SnapshotOptions;
  /** Said when the chart is not on screen. */
  missing: string;
  /** Virtualised: rendered whole (every row) for the frame the export reads. */
  drawWhole?: boolean;
  /** A caption line on what the image holds, read from the drawn chart (null when there is nothing to say). */
  note?: (root: Element) => string | null;
};

/**
 * Controls are how to change a chart, not part of it: buttons, form fields, toolbars, tooltips and on-screen
 * hints (marked `data-export="omit"` by the views: "Drag to pan…") are left out of timeline and network images. Only HTML ones: inside an SVG, marks are buttons too.
 */
export function isControl(el: Element): boolean {
  if (el.getAttribute('data-export') === 'omit') return true;
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  return (
    el.matches(
      'button, select, input, textarea, fieldset, [role="tooltip"], [role="toolbar"], [role="group"][aria-label="Zoom"]',
    ) ||
    (el.localName === 'label' && el.querySelector('input, select, textarea') !== null)
  );
}

export const CHART_TARGETS: ChartTarget[] = [
  {
    id: 'timeline',
    label: 'Timeline',
    region: 'Timeline',
    rootOf: (r) => r,
    options: { html: true, skip: isControl },
    missing: 'The timeline is not on screen.',
  },
  {
    id: 'network',
    label: 'Actor network',
    region: 'Actor network',
    rootOf: (r) => r,
    options: { html: true, skip: isControl },
    missing: 'The actor network is not on screen.',
  },
  {
    id: 'coverage',
    label: 'Coverage matrix',
    region: 'Outlet comparison',
    // The grid and its legend. The grid's cells are buttons holding the labels and glyphs: only hints are skipped.
    rootOf: (r) => r.querySelector('[data-chart="coverage"]'),
    options: { html: true, skip: (el) => el.getAttribute('data-export') === 'omit' },
    drawWhole: true,
    note: coverageNote,
    missing: 'The coverage matrix is not on screen: open the Coverage tab of the Outlet comparison.',
  },
];

/** Says how many rows the coverage image holds: all of them, or the first ones when there are too many to draw. */
export function coverageNote(root: Element): string | null {
  const grid = root.querySelector('[role="grid"]');
  if (!grid) return null;
  const total = Number(grid.getAttribute('aria-rowcount') ?? 1) - 1;
  const drawn = grid.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] > [role="row"]').length;
  const words = (n: number) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
  return drawn < total
    ? `The first ${words(drawn)} of ${words(total)} (the CSV export holds them all)`
    : `All ${words(total)} under the filters`;
}
