import type { ActorEdge, ActorGraph, ActorNode } from '../../selectors/network.ts';
import type { Positions, Transform } from './network-layout.ts';
import { type PlacedLabel, placeLabels } from './network-labels.ts';
import {
  edgeGeometry,
  type EdgeGeometry,
  edgeWidthScale,
  headColour,
  nodeColour,
  nodeRadiusScale,
} from './network-scales.ts';
import { formatCount } from '../../components/format.ts';

/** The node or edge under the pointer or the keyboard focus. */
export type Active = { kind: 'node' | 'edge'; id: string } | null;

/** Everything that changes how marks look, apart from the graph and the positions. */
export type SceneState = { active: Active; selectedActors: ReadonlySet<string>; selectedEdge: string | null };

/** A node as drawn: screen position and radius, colour, and whether it is selected or dimmed. */
export type SceneNode = Pick<ActorNode, 'id' | 'label' | 'kind' | 'country' | 'count'> & {
  x: number;
  y: number;
  r: number;
  colour: string;
  selected: boolean;
  dimmed: boolean;
};

/**
 * An edge as drawn: geometry in screen space, its cooperation and conflict counts (painted as strands), width
 * by count, the arrowheads' colour (the larger share's), a description.
 */
export type SceneEdge = Pick<ActorEdge, 'id' | 'a' | 'b' | 'count' | 'cooperation' | 'conflict'> &
  EdgeGeometry & { colour: string; width: number; selected: boolean; dimmed: boolean; description: string };

/** What the chart draws: nodes (biggest first), edges (thinnest first), labels, and how many edges were left out. */
export type Scene = { nodes: SceneNode[]; edges: SceneEdge[]; labels: PlacedLabel[]; hiddenEdges: number };

/** Only the strongest edges are drawn, so the SVG stays light with thousands of actors. */
export const MAX_EDGES = 120;

/**
 * Projects the filtered graph through the view transform and decides every mark's look. Node sizes and
 * edge widths are scaled to the filtered counts; positions come from the stable layout, never from the
 * filtered graph, so marks resize but do not move when filters change.
 */
export function buildScene(
  graph: ActorGraph,
  positions: Positions,
  view: Transform,
  size: { width: number; height: number },
  state: SceneState,
): Scene {
  const lit = litSets(graph, state.active);
  const radius = nodeRadiusScale(Math.max(0, ...graph.nodes.map((n) => n.count)));
  const grow = Math.min(1.4, Math.max(0.6, Math.sqrt(view.k)));
  const nodes: SceneNode[] = [];
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const dimmed = lit !== null && !lit.nodes.has(n.id);
    // Explicit fields, no spread: this runs on every zoom frame and spreads are slow to build.
    const { id, label, kind, country, count } = n;
    nodes.push({
      id,
      label,
      kind,
      country,
      count,
      x: p.x * view.k + view.x,
      y: p.y * view.k + view.y,
      r: radius(count) * grow,
      colour: nodeColour(kind),
      selected: state.selectedActors.has(id),
      dimmed,
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawn = graph.edges.filter((e) => byId.has(e.a) && byId.has(e.b));
  const edges = sceneEdges(drawn.slice(0, MAX_EDGES), byId, lit?.edges ?? null, state.selectedEdge);
  return {
    nodes,
    edges,
    labels: sceneLabels(nodes, lit?.nodes ?? null, state, size),
    hiddenEdges: Math.max(0, drawn.length - MAX_EDGES),
  };
}

function sceneEdges(
  edges: ActorEdge[],
  byId: Map<string, SceneNode>,
  litEdges: Set<string> | null,
  selectedEdge: string | null,
): SceneEdge[] {
  const width = edgeWidthScale(Math.max(0, ...edges.map((e) => e.count)));
  return edges
    .map((e) => {
      const a = byId.get(e.a)!;
      const b = byId.get(e.b)!;
      const w = width(e.count);
      const { x1, y1, x2, y2, heads } = edgeGeometry(a, b, w, e.backward > 0, e.forward > 0);
      const colour = headColour(e.cooperation, e.conflict);
      const dimmed = litEdges !== null && !litEdges.has(e.id);
      const { id, count, cooperation, conflict } = e;
      return {
        id,
        a: e.a,
        b: e.b,
        count,
        cooperation,
        conflict,
        x1,
        y1,
        x2,
        y2,
        heads,
        colour,
        width: w,
        selected: e.id === selectedEdge,
        dimmed,
        description: describeEdge(e, a.label, b.label),
      };
    })
    .reverse();
}

/** Which nodes and edges stay bright: the active node and its neighbours, or the active edge and its ends. */
function litSets(graph: ActorGraph, active: Active): { nodes: Set<string>; edges: Set<string> } | null {
  if (!active) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const e of graph.edges) {
    const hit = active.kind === 'node' ? e.a === active.id || e.b === active.id : e.id === active.id;
    if (!hit) continue;
    edges.add(e.id);
    nodes.add(e.a).add(e.b);
  }
  if (active.kind === 'node') nodes.add(active.id);
  return { nodes, edges };
}

function sceneLabels(
  nodes: SceneNode[],
  litNodes: Set<string> | null,
  state: SceneState,
  size: { width: number; height: number },
): PlacedLabel[] {
  const edgeEnds = state.selectedEdge ? state.selectedEdge.split('~') : [];
  const active = state.active;
  const activeEnds = active?.kind === 'edge' ? active.id.split('~') : active ? [active.id] : [];
  // The hovered mark and the selection are always named; a hub's many partners only where there is room.
  const forced = (n: SceneNode) => n.selected || edgeEnds.includes(n.id) || activeEnds.includes(n.id);
  const candidates = nodes
    .filter((n) => !n.dimmed)
    .map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: n.label,
      forced: forced(n),
      preferred: litNodes?.has(n.id) ?? false,
    }));
  return placeLabels(candidates, size.width, size.height);
}

/** "Donald Trump – Benjamin Netanyahu: 5 events (4 cooperation, 1 conflict); Donald Trump → Benjamin Netanyahu 3, …". */
export function describeEdge(e: ActorEdge, a: string, b: string): string {
  const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    e.forward > 0 ? `${a} → ${b} ${e.forward}` : '',
    e.backward > 0 ? `${b} → ${a} ${e.backward}` : '',
    e.mutual > 0 ? `together ${e.mutual}` : '',
  ];
  return `${a} – ${b}: ${plural(e.count, 'event')} (${e.cooperation} cooperation, ${e.conflict} conflict); ${parts.filter(Boolean).join(', ')}`;
}

/** The status line for the hovered or focused mark: an actor and how many shown actors it links to, or an edge. */
export function describeActive(scene: Scene, active: NonNullable<Active>): string {
  if (active.kind === 'edge') return scene.edges.find((e) => e.id === active.id)?.description ?? '';
  const n = scene.nodes.find((x) => x.id === active.id);
  if (!n) return '';
  const links = scene.edges.filter((e) => e.a === n.id || e.b === n.id).length;
  const about = [n.kind, n.country].filter(Boolean).join(', ');
  return `${n.label} (${about}): ${formatCount(n.count)} event${n.count === 1 ? '' : 's'}, linked to ${links} actor${links === 1 ? '' : 's'} shown. Click to ${n.selected ? 'remove it from' : 'add it to'} the filter.`;
}
