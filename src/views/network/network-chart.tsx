import { memo } from 'react';
import { LABEL_FONT_SIZE } from './network-labels.ts';
import { EdgeMark, EdgeTarget, NodeMark } from './network-marks.tsx';
import type { Active, Scene, SceneEdge } from './network-scene.ts';

type Props = {
  scene: Scene;
  width: number;
  height: number;
  svgRef: (el: SVGSVGElement | null) => void;
  layerRef: (el: SVGGElement | null) => void;
  focused: Active;
  /** Handlers must be stable (memoised marks keep the first ones they saw). */
  onNode: (id: string) => void;
  onEdge: (edge: SceneEdge) => void;
  onHover: (active: Active) => void;
  onFocus: (active: Active) => void;
};

/**
 * The network as SVG: edges (thinnest first, with a wide invisible stroke to make thin ones clickable),
 * nodes (biggest first, each a toggle button), labels, then one focus target per edge. The edge targets
 * come after the nodes in the DOM so that Tab reaches actors before their links. Everything sits in one
 * layer that the zoom hook moves during a gesture, so zooming does not re-render the marks every frame.
 */
export const NetworkChart = memo(function NetworkChart({ scene, width, height, svgRef, layerRef, focused, onNode, onEdge, onHover, onFocus }: Props) {
  const focusedNode = focused?.kind === 'node' ? focused.id : null;
  const focusedEdge = focused?.kind === 'edge' ? focused.id : null;
  const selected = new Set(scene.nodes.filter((n) => n.selected).map((n) => n.id));
  return (
    <svg ref={svgRef} width={width} height={height} role="group" aria-label="Actors and the events between them" className="block cursor-grab touch-none select-none active:cursor-grabbing">
      <g ref={layerRef}>
        <g aria-hidden="true">
          {scene.edges.map((e) => (
            <EdgeMark key={e.id} edge={e} focused={e.id === focusedEdge} onEdge={onEdge} onHover={onHover} onFocus={onFocus} />
          ))}
        </g>
        <g>
          {scene.nodes.map((n) => (
            <NodeMark key={n.id} node={n} focused={n.id === focusedNode} onNode={onNode} onHover={onHover} onFocus={onFocus} />
          ))}
        </g>
        <g aria-hidden="true" pointerEvents="none" fontSize={LABEL_FONT_SIZE} className="fill-slate-800">
          {scene.labels.map((l) => (
            <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} stroke="#fff" strokeWidth={3} strokeLinejoin="round" paintOrder="stroke" fontWeight={selected.has(l.id) ? 700 : 500}>
              {l.text}
            </text>
          ))}
        </g>
        <g pointerEvents="none">
          {[...scene.edges].reverse().map((e) => (
            <EdgeTarget key={e.id} edge={e} focused={false} onEdge={onEdge} onHover={onHover} onFocus={onFocus} />
          ))}
        </g>
      </g>
    </svg>
  );
});
