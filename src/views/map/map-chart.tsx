import { geoPath, type GeoProjection, type ZoomTransform } from 'd3';
import { memo, useMemo, type KeyboardEvent } from 'react';
import { QUAD_COLOURS } from '../../components/palette.ts';
import { describeSite } from '../../selectors/map-places.ts';
import type { Basemap } from './use-basemap.ts';
import type { SiteMark } from './map-marks-layout.ts';

/** Cooperation and conflict in the timeline's and network's hues. */
export const COOPERATION_COLOUR = QUAD_COLOURS['verbal-cooperation'];
export const CONFLICT_COLOUR = QUAD_COLOURS['material-conflict'];
export const FICTION_COLOUR = '#b45309';

type Props = {
  width: number;
  height: number;
  projection: GeoProjection;
  /** The zoom and pan on top of the projection: countries scale, marks move but keep their size. */
  transform: ZoomTransform;
  svgRef: (el: SVGSVGElement | null) => void;
  basemap: Basemap | null;
  marks: SiteMark[];
  /** Keys of sites whose places are all chosen in the place filter. */
  selected: ReadonlySet<string>;
  /** The site holding the one tab stop. */
  tabStop: string | null;
  onToggle: (mark: SiteMark) => void;
  onKey: (e: KeyboardEvent, mark: SiteMark) => void;
  onActive: (mark: SiteMark | null) => void;
};

/** The basemap and the site marks; each mark is a button (one tab stop, arrows move between them). */
export function MapChart(props: Props) {
  const { width, height, projection, transform, svgRef, basemap, marks, selected, tabStop } = props;
  const { onToggle, onKey, onActive } = props;
  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      role="group"
      aria-label="Event places on a world map"
      className="block cursor-grab touch-none"
    >
      <g transform={transform.toString()}>
        <Countries basemap={basemap} projection={projection} />
      </g>
      <g>
        {marks.map((m) => (
          <SiteButton
            key={m.count.site.key}
            mark={m}
            x={transform.applyX(m.x)}
            y={transform.applyY(m.y)}
            selected={selected.has(m.count.site.key)}
            tabbable={tabStop === m.count.site.key}
            onToggle={onToggle}
            onKey={onKey}
            onActive={onActive}
          />
        ))}
      </g>
    </svg>
  );
}

/** Country shapes, redrawn only when the projection changes (size or zoom), not on a filter change. */
const Countries = memo(function Countries({
  basemap,
  projection,
}: {
  basemap: Basemap | null;
  projection: GeoProjection;
}) {
  const paths = useMemo(() => {
    if (!basemap) return [];
    const path = geoPath(projection);
    return basemap.features.map((f, i) => ({ key: `${f.properties.name}-${i}`, d: path(f) ?? '' }));
  }, [basemap, projection]);
  return (
    <g aria-hidden="true">
      <path
        d={geoPath(projection)({ type: 'Sphere' }) ?? ''}
        fill="#f8fafc"
        stroke="#cbd5e1"
        strokeWidth={0.5}
        vectorEffect="non-scaling-stroke"
      />
      {paths.map((p) => (
        <path key={p.key} d={p.d} fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
});

type SiteProps = {
  mark: SiteMark;
  /** Where the mark is on screen, after zoom and pan. */
  x: number;
  y: number;
  selected: boolean;
  tabbable: boolean;
  onToggle: (mark: SiteMark) => void;
  onKey: (e: KeyboardEvent, mark: SiteMark) => void;
  onActive: (mark: SiteMark | null) => void;
};

const SiteButton = memo(function SiteButton({ mark, x, y, selected, tabbable, onToggle, onKey, onActive }: SiteProps) {
  const { r, wedges, count } = mark;
  const colour = count.conflict > 0 ? CONFLICT_COLOUR : COOPERATION_COLOUR;
  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      aria-label={describeSite(count)}
      data-site={count.site.label}
      data-site-key={count.site.key}
      data-count={count.count}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      className="cursor-pointer outline-none [&:focus-visible>.focus-ring]:visible"
      onClick={() => onToggle(mark)}
      onKeyDown={(e) => onKey(e, mark)}
      onMouseEnter={() => onActive(mark)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(mark)}
      onBlur={() => onActive(null)}
    >
      {wedges ? (
        <>
          <path d={wedges.cooperation} fill={COOPERATION_COLOUR} fillOpacity={0.85} />
          <path d={wedges.conflict} fill={CONFLICT_COLOUR} fillOpacity={0.85} />
          <circle r={r} fill="none" stroke="#ffffff" strokeWidth={1} />
        </>
      ) : (
        <circle r={r} fill={colour} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1} />
      )}
      {count.fiction && (
        <circle r={r + 2.5} fill="none" stroke={FICTION_COLOUR} strokeWidth={1.5} strokeDasharray="3 2" />
      )}
      {selected && <circle r={r + 4} fill="none" stroke="#0f172a" strokeWidth={2.5} />}
      <circle
        className="focus-ring invisible"
        r={r + 7}
        fill="none"
        stroke="#2563eb"
        strokeWidth={2}
        strokeDasharray="4 2"
      />
    </g>
  );
});
