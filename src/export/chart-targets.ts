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
};

/**
 * Controls are how to change a chart, not part of it: buttons, form fields, toolbars and tooltips are left
 * out of timeline and network images. Only HTML ones: inside an SVG, marks are buttons too.
 */
export function isControl(el: Element): boolean {
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  return el.matches('button, select, input, textarea, fieldset, [role="tooltip"], [role="toolbar"], [role="group"][aria-label="Zoom"]') || (el.localName === 'label' && el.querySelector('input, select, textarea') !== null);
}

export const CHART_TARGETS: ChartTarget[] = [
  { id: 'timeline', label: 'Timeline', region: 'Timeline', rootOf: (r) => r, options: { html: true, skip: isControl }, missing: 'The timeline is not on screen.' },
  { id: 'network', label: 'Actor network', region: 'Actor network', rootOf: (r) => r, options: { html: true, skip: isControl }, missing: 'The actor network is not on screen.' },
  {
    id: 'coverage',
    label: 'Coverage matrix',
    region: 'Outlet comparison',
    // The grid's cells are buttons holding the labels and glyphs: nothing is skipped.
    rootOf: (r) => r.querySelector('[role="grid"]'),
    options: { html: true },
    missing: 'The coverage matrix is not on screen: open the Coverage tab of the Outlet comparison.',
  },
];
