import { arc, scaleSqrt, type GeoProjection } from 'd3';
import type { SiteCount } from '../../selectors/map-places.ts';

/** A site as drawn: its centre, radius and the two wedges of cooperation and conflict (null when pure). */
export type SiteMark = {
  count: SiteCount;
  x: number;
  y: number;
  r: number;
  /** SVG paths of the cooperation and conflict wedges around the centre; null when the site has only one. */
  wedges: { cooperation: string; conflict: string } | null;
};

const MAX_RADIUS = 22;
const MIN_RADIUS = 3.5;
const wedge = arc<{ start: number; end: number; r: number }>()
  .innerRadius(0)
  .outerRadius((d) => d.r)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end);

/**
 * Places the counted sites on the projection: area grows with the count (sqrt scale up to the busiest site),
 * larger marks first so smaller ones stay on top and clickable.
 */
export function layoutSiteMarks(counts: SiteCount[], projection: GeoProjection): SiteMark[] {
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...counts.map((c) => c.count))])
    .range([0, MAX_RADIUS]);
  const marks: SiteMark[] = [];
  for (const count of counts) {
    const point = projection([count.site.lon, count.site.lat]);
    if (!point) continue;
    const r = Math.max(MIN_RADIUS, radius(count.count));
    const split = (2 * Math.PI * count.cooperation) / count.count;
    const wedges =
      count.cooperation > 0 && count.conflict > 0
        ? {
            cooperation: wedge({ start: 0, end: split, r }) ?? '',
            conflict: wedge({ start: split, end: 2 * Math.PI, r }) ?? '',
          }
        : null;
    marks.push({ count, x: point[0], y: point[1], r, wedges });
  }
  return marks.sort((a, b) => b.r - a.r);
}
