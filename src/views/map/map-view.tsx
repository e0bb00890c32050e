import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { Region } from '../../components/region.tsx';
import { formatCount } from '../../components/format.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { describeSite } from '../../selectors/map-places.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { MapChart } from './map-chart.tsx';
import { siteAfterKey } from './map-keys.ts';
import { MapLegend } from './map-legend.tsx';
import { layoutSiteMarks, type SiteMark } from './map-marks-layout.ts';
import { fitProjection } from './map-projection.ts';
import { OffMapNote } from './off-map-note.tsx';
import { useBasemap } from './use-basemap.ts';
import { useMapModel } from './use-map-model.ts';
import { useMapZoom } from './use-map-zoom.ts';

/**
 * The Map: events placed by where the text says they happened, under every filter but the map's own. A click
 * (or Enter/Space on the focused place) toggles the place in the shared place filter, which narrows every
 * other view; places without a point are counted below the map.
 */
export function MapView() {
  const { counts, events, extent, chosen } = useMapModel();
  const basemap = useBasemap();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width } = useElementSize(box, { width: 800, height: 400 });
  const height = Math.round(Math.min(440, Math.max(240, width * 0.5)));
  const [zoomed, setZoomed] = useState(true);
  // Each press of Zoom to events or Whole world also undoes any zoom and pan on top of it.
  const [resets, setResets] = useState(0);
  const choose = (events: boolean) => {
    setZoomed(events);
    setResets((n) => n + 1);
  };
  const projection = useMemo(
    () => fitProjection(width, height, zoomed ? extent : null),
    [width, height, zoomed, extent],
  );
  const marks = useMemo(() => layoutSiteMarks(counts.sites, projection), [counts.sites, projection]);
  const selected = useMemo(() => selectedSites(marks, chosen), [marks, chosen]);
  const [active, setActive] = useState<SiteMark | null>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const order = useMemo(() => counts.sites.map((c) => c.site.key), [counts.sites]);
  const stop = tabStop !== null && order.includes(tabStop) ? tabStop : (order[0] ?? null);
  const chartRef = useRef<HTMLDivElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const { transform, zoomBy } = useMapZoom(svg, width, height, `${zoomed}-${resets}`);
  const onKey = useCallback(
    (e: KeyboardEvent, mark: SiteMark) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggleSite(mark);
        return;
      }
      const next = siteAfterKey(order, mark.count.site.key, e.key);
      if (next === null) return;
      e.preventDefault();
      setTabStop(next);
      chartRef.current?.querySelector<SVGGElement>(`[data-site-key="${CSS.escape(next)}"]`)?.focus();
    },
    [order],
  );

  return (
    <Region id={REGION_IDS.map} label="Map" offscreenSkipped>
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">Map</h2>
        <div className="flex gap-1 text-xs" role="group" aria-label="Map zoom">
          <StepButton onClick={() => zoomBy(1.6)} label="Zoom in" text="+" />
          <StepButton onClick={() => zoomBy(1 / 1.6)} label="Zoom out" text="−" />
          <ZoomButton pressed={zoomed} onClick={() => choose(true)} label="Zoom to events" />
          <ZoomButton pressed={!zoomed} onClick={() => choose(false)} label="Whole world" />
        </div>
      </div>
      <p className="min-h-5 truncate text-xs text-slate-600" aria-live="polite">
        {active ? describeSite(active.count) : HINT}
      </p>
      <div ref={setBox} className="relative overflow-hidden rounded border border-slate-100">
        <div ref={chartRef}>
          <MapChart
            width={width}
            height={height}
            projection={projection}
            transform={transform}
            svgRef={setSvg}
            basemap={basemap}
            marks={marks}
            selected={selected}
            tabStop={stop}
            onToggle={toggleSite}
            onKey={onKey}
            onActive={setActive}
          />
        </div>
        {events === 0 && (
          <p className="absolute inset-0 flex items-center justify-center bg-white/80 text-sm text-slate-700">
            No events match these filters.
          </p>
        )}
      </div>
      <p className="mt-1 text-xs text-slate-700">
        {formatCount(counts.sites.reduce((n, s) => n + s.count, 0))} events at {formatCount(counts.sites.length)} places
        on the map.
      </p>
      <OffMapNote counts={counts} chosen={chosen} />
      <MapLegend />
    </Region>
  );
}

const HINT =
  'Click a place, or press Enter on it, to filter every view by it; arrows move between places. Ctrl + scroll or +/− to zoom, drag to pan.';

// Module-level handler: stable, as the memoised marks need.
const toggleSite = (mark: SiteMark) => useFiltersStore.getState().togglePlaces(mark.count.site.names);

/** Sites all of whose names are chosen in the place filter. */
function selectedSites(marks: SiteMark[], chosen: string[]): Set<string> {
  const picked = new Set(chosen);
  return new Set(marks.filter((m) => m.count.site.names.every((n) => picked.has(n))).map((m) => m.count.site.key));
}

function StepButton({ onClick, label, text }: { onClick: () => void; label: string; text: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
    >
      {text}
    </button>
  );
}

function ZoomButton({ pressed, onClick, label }: { pressed: boolean; onClick: () => void; label: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`rounded border px-2 py-0.5 ${pressed ? 'border-slate-700 bg-slate-700 text-white' : 'border-slate-300 hover:bg-slate-100'}`}
    >
      {label}
    </button>
  );
}
