import { browserSnapshotEnv, svgToPng } from './browser-snapshot.ts';
import { collectLayers } from './chart-snapshot.ts';
import { layersToSvg, titleHeight } from './svg-document.ts';
import type { ChartTarget } from './chart-targets.ts';
import { bundleLine, type ExportMeta } from './export-meta.ts';

/** The caption of an exported chart: what it is, under which filters, from which bundle, and what it holds. */
export function chartTitle(
  label: string,
  meta: Pick<
    ExportMeta,
    'filtersText' | 'bundleName' | 'bundleSchemaVersion' | 'bundleGeneratedAt' | 'bundleHash' | 'exportedAt'
  >,
  note: string | null = null,
): string[] {
  const lines = [
    `Parley — ${label}`,
    `Filters: ${meta.filtersText}`,
    `${bundleLine(meta)} · exported ${meta.exportedAt.slice(0, 16).replace('T', ' ')} UTC`,
  ];
  return note ? [...lines, note] : lines;
}

/** The chart's root element in the page, or null when it is not on screen. */
export function chartRoot(target: ChartTarget, doc: Document = document): Element | null {
  const region = doc.querySelector(`section[aria-label="${target.region}"]`);
  return region && target.rootOf(region);
}

/** The chart as a standalone SVG document, or why it cannot be made. */
export function snapshotChart(
  target: ChartTarget,
  title: string[],
  doc: Document = document,
): { svg: string; width: number; height: number } | { error: string } {
  const root = chartRoot(target, doc);
  if (!root) return { error: target.missing };
  const { box, layers } = collectLayers(root, browserSnapshotEnv(), target.options);
  return {
    svg: layersToSvg(layers, box, title),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height + titleHeight(title)),
  };
}

/** The chart as a PNG at twice its size. */
export async function chartPng(snapshot: { svg: string; width: number; height: number }): Promise<Blob> {
  return svgToPng(snapshot.svg, snapshot.width, snapshot.height, 2);
}
