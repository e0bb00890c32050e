import { memo, type MouseEvent, useCallback, useLayoutEffect, useRef } from 'react';
import { useAfterPaint } from '../../components/use-after-paint.ts';
import { hitEdge, paintEdges } from './edge-paint.ts';
import { LABEL_FONT_SIZE } from './network-labels.ts';
import { EdgeTarget, NodeMark } from './network-marks.tsx';
import type { Active, Scene, SceneEdge } from './network-scene.ts';
import { isStop, useNetworkTabStop } from './use-network-tab-stop.ts';

const KEYS_HELP_ID = 'network-keys-help';

type Props = {
  scene: Scene;
  width: number;
  height: number;
  svgRef: (el: SVGSVGElement | null) => void;
  layerRef: (el: SVGGElement | null) => void;
  /** The canvas the edges are painted on; the zoom hook moves it with the layer during a gesture. */
  canvasRef: (el: HTMLCanvasElement | null) => void;
  focused: Active;
  /** Handlers must be stable (memoised marks keep the first ones they saw). */
  onNode: (id: string) => void;
  onEdge: (edge: SceneEdge) => void;
  onHover: (active: Active) => void;
  onFocus: (active: Active) => void;
};

/**
 * The network: edges painted on a canvas underneath (thinnest first; the pointer finds them by distance to
 * the line), then an SVG with nodes (biggest first, each a toggle button), labels, and one focus target per
 * edge. The whole chart is one tab stop: arrow keys move between actors, Page Down and Page Up through the
 * focused actor's links (see use-network-tab-stop.ts).
 * Edges are on a canvas because a brush move replaces most of them: repainting is far cheaper than
 * creating and removing their SVG elements. During a zoom gesture the hook moves the SVG layer and the
 * canvas together, so zooming does not re-render the marks every frame.
 */
export const NetworkChart = memo(function NetworkChart({
  scene,
  width,
  height,
  svgRef,
  layerRef,
  canvasRef,
  focused,
  onNode,
  onEdge,
  onHover,
  onFocus,
}: Props) {
  // The edges' keyboard targets are invisible (the canvas draws the edges and the focused one): they may
  // follow a frame after the paint, so a brush move does not wait for a hundred of them to be updated.
  const targetEdges = useAfterPaint(scene.edges);
  const { stop, onFocus: onStopFocus, onKeyDown } = useNetworkTabStop(scene);
  const focusedNode = focused?.kind === 'node' ? focused.id : null;
  const focusedEdge = focused?.kind === 'edge' ? focused.id : null;
  const selected = new Set(scene.nodes.filter((n) => n.selected).map((n) => n.id));
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  // Painted before the browser paints, so the edges never lag behind the nodes.
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) paintEdges(ctx, scene.edges, { width, height, dpr }, focusedEdge);
  }, [scene.edges, width, height, dpr, focusedEdge]);
  const edgeAt = (e: MouseEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('[data-node-id]')) return null;
    const box = e.currentTarget.getBoundingClientRect();
    const i = hitEdge(scene.edges, e.clientX - box.left, e.clientY - box.top);
    return i < 0 ? null : scene.edges[i]!;
  };
  const hovered = useRef<string | null>(null);
  // One ref callback for the chart's life: a new one each render would hand the parent null and then the
  // canvas again, and re-render it on every change.
  const setCanvas = useCallback(
    (el: HTMLCanvasElement | null) => {
      canvas.current = el;
      canvasRef(el);
    },
    [canvasRef],
  );
  const onPointerMove = (e: MouseEvent<SVGSVGElement>) => {
    // Over a node the node's own handlers say what is hovered; forget the edge, so coming back to it hovers it again.
    if ((e.target as Element).closest('[data-node-id]')) {
      hovered.current = null;
      return;
    }
    const edge = edgeAt(e);
    const id = edge?.id ?? null;
    e.currentTarget.style.cursor = edge ? 'pointer' : '';
    if (id === hovered.current) return;
    hovered.current = id;
    onHover(edge ? { kind: 'edge', id: edge.id } : null);
  };
  const onPointerLeave = () => {
    if (hovered.current === null) return;
    hovered.current = null;
    onHover(null);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const edge = edgeAt(e);
    if (edge) onEdge(edge);
  };
  return (
    <>
      <canvas
        ref={setCanvas}
        width={Math.round(width * dpr)}
        height={Math.round(height * dpr)}
        style={{ width, height, transformOrigin: '0 0' }}
        aria-hidden="true"
        className="pointer-events-none absolute left-0 top-0"
      />
      <p id={KEYS_HELP_ID} className="sr-only">
        Arrow keys move between actors, Page Down and Page Up through the focused actor's links; Enter toggles an actor
        in the filter or opens a link's events.
      </p>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        role="group"
        aria-label="Actors and the events between them"
        aria-describedby={KEYS_HELP_ID}
        id="network-marks"
        tabIndex={-1}
        data-focus-return
        onFocus={onStopFocus}
        onKeyDown={onKeyDown}
        className="relative block cursor-grab touch-none select-none active:cursor-grabbing"
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
      >
        <g ref={layerRef}>
          <g>
            {scene.nodes.map((n) => (
              <NodeMark
                key={n.id}
                node={n}
                focused={n.id === focusedNode}
                tabbable={isStop(stop, 'node', n.id)}
                onNode={onNode}
                onHover={onHover}
                onFocus={onFocus}
              />
            ))}
          </g>
          <g aria-hidden="true" pointerEvents="none" fontSize={LABEL_FONT_SIZE} className="fill-slate-800">
            {/* Labels are keyed by slot: after a brush move their elements are reused, not replaced. */}
            {scene.labels.map((l, slot) => (
              <text
                key={slot}
                x={l.x}
                y={l.y}
                textAnchor={l.anchor}
                stroke="#fff"
                strokeWidth={3}
                strokeLinejoin="round"
                paintOrder="stroke"
                fontWeight={selected.has(l.id) ? 700 : 500}
              >
                {l.text}
              </text>
            ))}
          </g>
          <g pointerEvents="none">
            {/* Keyed by edge: a focused target keeps its edge when the filters change (these follow the paint, so the churn costs no frame). */}
            {[...targetEdges].reverse().map((e) => (
              <EdgeTarget
                key={e.id}
                edge={e}
                focused={false}
                tabbable={isStop(stop, 'edge', e.id)}
                onEdge={onEdge}
                onFocus={onFocus}
              />
            ))}
          </g>
        </g>
      </svg>
    </>
  );
});
