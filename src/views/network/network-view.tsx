import { useCallback, useMemo, useState } from 'react';
import { Region } from '../../components/region.tsx';
import type { Selection } from '../../state/filters.ts';
import { useFilters } from '../../state/dashboard-hooks.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { NetworkChart } from './network-chart.tsx';
import { NetworkLegend } from './network-legend.tsx';
import { type Active, buildScene, describeActive, type SceneEdge } from './network-scene.ts';
import { NetworkToolbar } from './network-toolbar.tsx';
import { useNetworkModel } from './use-network-model.ts';
import { IDENTITY, useNetworkViewport, zoomToPoints } from './use-network-viewport.ts';
import { useZoomDrag } from './use-zoom-drag.ts';
import { formatCount } from '../../components/format.ts';
import { REGION_IDS } from '../../components/skip-links.tsx';
import { FictionNote } from '../../components/fiction-note.tsx';

/**
 * The actor network: who deals with whom under the current filters. Clicking an actor toggles it in the
 * shared actor filter; clicking a link opens its events in the evidence panel. The layout is fixed per
 * bundle, so filtering resizes and hides marks without moving them.
 */
export function NetworkView() {
  const collapsePeople = useFiltersStore((s) => s.collapsePeople);
  const setCollapsePeople = useFiltersStore((s) => s.setCollapsePeople);
  const { eventCount, fictionCount, graph, base, positions } = useNetworkModel(collapsePeople);
  // The actors as this view shows them (under FollowingViews, with its graph).
  const { actors } = useFilters();
  const selection = useFiltersStore((s) => s.selection);
  const { setBox, width, height, zoom, setZoom, view, placed, moveNode } = useNetworkViewport(base, positions);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [layer, setLayer] = useState<SVGGElement | null>(null);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [hover, setHover] = useState<Active>(null);
  const [focus, setFocus] = useState<Active>(null);
  const selectedActors = useMemo(() => new Set(actors), [actors]);
  const active = hover ?? focus;
  const scene = useMemo(
    () =>
      placed
        ? buildScene(
            graph,
            placed,
            view,
            { width, height },
            { active, selectedActors, selectedEdge: edgeIdOf(selection) },
          )
        : null,
    [graph, placed, view, width, height, active, selectedActors, selection],
  );
  const screenOf = useCallback((id: string) => scene?.nodes.find((n) => n.id === id) ?? null, [scene]);
  const nodesKey = scene?.nodes.map((n) => n.id).join('|') ?? '';
  const controls = useZoomDrag(svg, {
    width,
    height,
    transform: zoom,
    layer,
    canvas,
    nodesKey,
    onZoom: setZoom,
    screenOf,
    onDrag: moveNode,
  });

  return (
    <Region id={REGION_IDS.network} label="Actor network">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">Actor network</h2>
        <NetworkToolbar
          collapsePeople={collapsePeople}
          onCollapse={setCollapsePeople}
          onZoomIn={() => controls.zoomBy(1.4)}
          onZoomOut={() => controls.zoomBy(1 / 1.4)}
          onFit={() => controls.zoomTo(zoomToPoints(scene?.nodes ?? [], zoom, width, height))}
          onReset={() => controls.zoomTo(IDENTITY)}
        />
      </div>
      <p className="min-h-5 truncate text-xs text-slate-600" data-export="omit">
        {scene && active ? describeActive(scene, active) : HINT}
      </p>
      <div ref={setBox} className="relative overflow-hidden rounded border border-slate-100 bg-slate-50/40">
        <NetworkChart
          scene={scene ?? EMPTY_SCENE}
          width={width}
          height={height}
          svgRef={setSvg}
          layerRef={setLayer}
          canvasRef={setCanvas}
          focused={focus}
          onNode={toggleActor}
          onEdge={openEdge}
          onHover={setHover}
          onFocus={setFocus}
        />
        <Overlay eventCount={eventCount} nodeCount={graph.nodes.length} ready={scene !== null} />
      </div>
      <FictionNote fictionEvents={fictionCount} events={eventCount} />
      <Notes
        hiddenNodes={graph.hiddenNodes}
        hiddenEdges={scene?.hiddenEdges ?? 0}
        shownEdges={scene?.edges.length ?? 0}
      />
      <NetworkLegend
        kinds={[...new Set(graph.nodes.map((n) => n.kind))].sort()}
        maxEdgeCount={graph.edges[0]?.count ?? 1}
      />
    </Region>
  );
}

const HINT = 'Click an actor to filter every view by it; click a link for its events. Drag to move, scroll to zoom.';

// Module-level handlers: stable, as the memoised marks need.
const toggleActor = (id: string) => useFiltersStore.getState().toggleActor(id);
const openEdge = (e: SceneEdge) => useFiltersStore.getState().select({ kind: 'edge', source: e.a, target: e.b });

const EMPTY_SCENE = { nodes: [], edges: [], labels: [], hiddenEdges: 0 };

/** The id of the selected edge, as the graph spells it (ends sorted). */
function edgeIdOf(selection: Selection | null): string | null {
  if (selection?.kind !== 'edge') return null;
  const [a, b] = [selection.source, selection.target].sort();
  return `${a}~${b}`;
}

/** Why nothing shows, over the chart: still laying out, no matching events, or events without actors. */
function Overlay({ eventCount, nodeCount, ready }: { eventCount: number; nodeCount: number; ready: boolean }) {
  const message =
    eventCount === 0
      ? 'No events match these filters.'
      : nodeCount === 0
        ? 'The matching events name no actors.'
        : !ready
          ? 'Laying out the network…'
          : null;
  if (!message) return null;
  return (
    <div className="absolute inset-0 flex flex-col items-center justify-center gap-2 bg-white/80 text-sm text-slate-700">
      <p>{message}</p>
      {eventCount === 0 || nodeCount === 0 ? (
        <button
          type="button"
          onClick={() => useFiltersStore.getState().reset()}
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
        >
          Reset filters
        </button>
      ) : null}
    </div>
  );
}

/** What is left out: actors beyond the top ones, links beyond the strongest. */
function Notes({
  hiddenNodes,
  hiddenEdges,
  shownEdges,
}: {
  hiddenNodes: number;
  hiddenEdges: number;
  shownEdges: number;
}) {
  if (hiddenNodes === 0 && hiddenEdges === 0) return null;
  return (
    <p className="mt-1 text-xs text-slate-600">
      {hiddenNodes > 0 && <span>+{formatCount(hiddenNodes)} more actors: use the Actors filter. </span>}
      {hiddenEdges > 0 && (
        <span>
          Strongest {shownEdges} of {formatCount(shownEdges + hiddenEdges)} links shown.
        </span>
      )}
    </p>
  );
}
