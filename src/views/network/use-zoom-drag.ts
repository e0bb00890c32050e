import { drag, select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Transform } from './network-layout.ts';
import type { Point } from './network-scales.ts';

type Options = {
  width: number;
  height: number;
  /** The committed transform (what the marks are drawn with); restored when the SVG is (re)attached. */
  transform: Transform;
  /** The layer moved during a gesture, until the new transform is committed. */
  layer: SVGGElement | null;
  /** The canvas of the edges, moved with the layer. */
  canvas: HTMLCanvasElement | null;
  /** Changes whenever the set of drawn nodes changes, so that drag is attached to new ones. */
  nodesKey: string;
  onZoom: (t: Transform) => void;
  /** Screen position of a node when a drag starts (so it does not jump to the pointer). */
  screenOf: (id: string) => Point | null;
  onDrag: (id: string, screen: Point) => void;
};

/** Zoom controls for buttons: step in or out, or animate to a transform. */
export type ZoomControls = { zoomBy: (factor: number) => void; zoomTo: (t: Transform) => void };

/**
 * d3-zoom on the SVG (wheel, pinch, drag the background) and d3-drag on every `[data-node-id]` element.
 * The only place d3 touches the chart's DOM. During a gesture the hook only moves one layer (an SVG
 * transform relative to the committed one, cheap at any size); at the gesture's end it commits the
 * transform, and React redraws the marks at their new places with labels re-placed and sizes unscaled.
 */
export function useZoomDrag(el: SVGSVGElement | null, options: Options): ZoomControls {
  const latest = useRef(options);
  latest.current = options;
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { width, height, nodesKey } = options;

  useEffect(() => {
    if (!el) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 8])
      .on('zoom', (e: { transform: Transform }) => moveLayer(latest.current, e.transform))
      .on('end', (e: { transform: Transform }) => latest.current.onZoom({ k: e.transform.k, x: e.transform.x, y: e.transform.y }));
    const { transform: t, width: w, height: h } = latest.current;
    z.extent([[0, 0], [w, h]]);
    select(el).call(z).on('dblclick.zoom', null).call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    behaviour.current = z;
    return () => {
      select(el).on('.zoom', null);
      behaviour.current = null;
    };
  }, [el]);

  // Once the marks are drawn with the committed transform, the layer's interim move is no longer needed.
  const { transform, layer, canvas } = options;
  useLayoutEffect(() => {
    layer?.removeAttribute('transform');
    if (canvas) canvas.style.transform = '';
  }, [transform, layer, canvas]);

  // An explicit extent: d3 would otherwise measure the SVG, which jsdom cannot do.
  useEffect(() => {
    behaviour.current?.extent([[0, 0], [width, height]]);
  }, [width, height]);

  useEffect(() => {
    if (!el) return;
    const nodes = select(el).selectAll<SVGGElement, unknown>('[data-node-id]');
    const behaviourOfDrag = drag<SVGGElement, unknown, Point & { id: string }>()
      .clickDistance(4)
      .subject(function subject() {
        const id = this.getAttribute('data-node-id') ?? '';
        return { id, ...(latest.current.screenOf(id) ?? { x: 0, y: 0 }) };
      })
      .on('drag', (e: { subject: { id: string }; x: number; y: number }) => latest.current.onDrag(e.subject.id, { x: e.x, y: e.y }));
    nodes.call(behaviourOfDrag);
    return () => {
      nodes.on('.drag', null);
    };
  }, [el, nodesKey]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (el && behaviour.current) select(el).transition().duration(200).call(behaviour.current.scaleBy, factor);
    },
    [el],
  );
  const zoomTo = useCallback(
    (t: Transform) => {
      if (el && behaviour.current) select(el).transition().duration(300).call(behaviour.current.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [el],
  );
  return { zoomBy, zoomTo };
}

/** Moves the layer and the edge canvas from where the marks were drawn to where the gesture is (`live`). */
function moveLayer({ layer, canvas, transform: drawn }: Options, live: Transform): void {
  const r = live.k / drawn.k;
  const dx = live.x - r * drawn.x;
  const dy = live.y - r * drawn.y;
  layer?.setAttribute('transform', `translate(${dx},${dy}) scale(${r})`);
  if (canvas) canvas.style.transform = `translate(${dx}px,${dy}px) scale(${r})`;
}
