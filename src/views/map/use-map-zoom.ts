import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The map's zoom: the current transform, and steps for the buttons. */
export type MapZoom = { transform: ZoomTransform; zoomBy: (factor: number) => void };

const MAX_ZOOM = 16;

/**
 * d3-zoom on the map's SVG (Ctrl + scroll or pinch to zoom, as on the timeline, so the page still scrolls;
 * drag to pan), the one place d3 touches the map's DOM. The transform is kept within the map and goes back
 * to none whenever `resetKey` changes (a new size, or the Zoom to events / Whole world choice).
 */
export function useMapZoom(svg: SVGSVGElement | null, width: number, height: number, resetKey: string): MapZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((e: MouseEvent | WheelEvent) => (e.type === 'wheel' ? e.ctrlKey : !e.ctrlKey && !e.button))
      .on('zoom', (e: { transform: ZoomTransform }) => setTransform(e.transform));
    select(svg).call(z).on('dblclick.zoom', null).call(z.transform, zoomIdentity);
    behaviour.current = z;
    return () => {
      select(svg).on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, width, height, resetKey]);
  const zoomBy = useCallback(
    (factor: number) => {
      if (svg && behaviour.current) select(svg).call(behaviour.current.scaleBy, factor);
    },
    [svg],
  );
  return { transform, zoomBy };
}
