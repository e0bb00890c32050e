import { useCallback, useMemo, useState } from 'react';
import { fitTransform, type Positions, type Transform } from './network-layout.ts';
import type { Point } from './network-scales.ts';
import { useElementSize } from '../../components/use-element-size.ts';

/** No zoom: the whole layout fitted to the chart. */
export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/** The chart's size, zoom and the positions to draw (with nodes the user dragged moved). */
export type NetworkViewport = {
  setBox: (el: HTMLDivElement | null) => void;
  width: number;
  height: number;
  zoom: Transform;
  setZoom: (t: Transform) => void;
  /** Layout space to screen: the user's zoom applied to the fit of the whole layout. */
  view: Transform;
  placed: Positions | null;
  moveNode: (id: string, screen: Point) => void;
};

/**
 * Sizing, zoom state and session-only drags. The fit covers the whole precomputed layout, not the nodes
 * shown, so that filtering never rescales the chart; drags are kept per layout and dropped when it changes.
 */
export function useNetworkViewport(base: Positions | null, positions: Positions | null): NetworkViewport {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = Math.max(200, useElementSize(box, { width: 640, height: 400 }).width);
  const height = Math.round(Math.min(560, Math.max(380, width * 0.62)));
  const [zoom, setZoom] = useState<Transform>(IDENTITY);
  const [moved, setMoved] = useState<{ base: Positions | null; map: Positions }>({ base: null, map: new Map() });
  const fit = useMemo(() => fitTransform(base ? [...base.values()] : [], width, height, 40, 2.4), [base, width, height]);
  const view = useMemo(() => compose(zoom, fit), [zoom, fit]);
  const placed = useMemo(() => (positions && moved.base === base && moved.map.size > 0 ? new Map([...positions, ...moved.map]) : positions), [positions, moved, base]);
  const moveNode = useCallback(
    (id: string, screen: Point) => {
      const p = { x: (screen.x - view.x) / view.k, y: (screen.y - view.y) / view.k };
      setMoved((m) => ({ base, map: new Map(m.base === base ? m.map : []).set(id, p) }));
    },
    [view, base],
  );
  return { setBox, width, height, zoom, setZoom, view, placed, moveNode };
}

/** screen = zoom(fit(p)). */
function compose(zoom: Transform, fit: Transform): Transform {
  return { k: zoom.k * fit.k, x: zoom.k * fit.x + zoom.x, y: zoom.k * fit.y + zoom.y };
}

/** The zoom that frames the given screen points (drawn under `zoom`), for "Fit shown". */
export function zoomToPoints(points: Point[], zoom: Transform, width: number, height: number): Transform {
  const unzoomed = points.map((p) => ({ x: (p.x - zoom.x) / zoom.k, y: (p.y - zoom.y) / zoom.k }));
  return fitTransform(unzoomed, width, height, 48, 4);
}
