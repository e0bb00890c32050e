import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { ActorGraph } from '../../selectors/network.ts';
import { hashUnit, nodeRadiusScale, type Point } from './network-scales.ts';

/** What the force layout needs: the busiest actors of the whole bundle and the links between them. */
export type LayoutRequest = {
  nodes: { id: string; count: number }[];
  links: { source: string; target: string; count: number }[];
  seed: number;
};

/** Positions in layout space, by actor id. */
export type Positions = Map<string, Point>;

/** How many actors get a precomputed place, and how many links shape the layout. */
export const LAYOUT_NODES = 150;
/** How many actors are drawn under the current filters: enough to read the shape, few enough to stay light. */
export const SHOWN_NODES = 45;
const LAYOUT_LINKS = 600;
const LINKS_PER_NODE = 3;
const TICKS = 300;

/**
 * The layout input for a whole-bundle graph: its top `maxNodes` actors and, when the graph is dense, a
 * backbone of links, each actor's few strongest. Using every link would pull a busy bundle into one hairball where hubs touch
 * everything; the backbone keeps each actor next to its main partners and leaves room between groups.
 */
export function layoutRequestOf(full: ActorGraph, maxNodes = LAYOUT_NODES, seed = 1): LayoutRequest {
  const nodes = full.nodes.slice(0, maxNodes).map((n) => ({ id: n.id, count: n.count }));
  const kept = new Map(nodes.map((n) => [n.id, 0]));
  // A sparse graph keeps all its links: there is no hairball to avoid.
  const among = full.edges.filter((e) => kept.has(e.a) && kept.has(e.b)).length;
  const perNode = among <= 2 * nodes.length ? Infinity : LINKS_PER_NODE;
  const links: LayoutRequest['links'] = [];
  // Edges come strongest first, so each actor keeps its strongest `perNode` links.
  for (const e of full.edges) {
    const [ka, kb] = [kept.get(e.a), kept.get(e.b)];
    if (ka === undefined || kb === undefined || (ka >= perNode && kb >= perNode)) continue;
    kept.set(e.a, ka + 1).set(e.b, kb + 1);
    links.push({ source: e.a, target: e.b, count: e.count });
    if (links.length >= LAYOUT_LINKS) break;
  }
  return { nodes, links, seed };
}

type SimNode = SimulationNodeDatum & { id: string; r: number };
type SimLink = SimulationLinkDatum<SimNode>;

/**
 * A seeded force layout run to rest without rendering: the same request always gives the same positions
 * (initial positions and d3's jiggle both come from `randomLcg(seed)`; nodes are sorted by id first, so
 * input order does not matter). Coordinates are roughly pixels around (0, 0).
 */
export function computeForceLayout(request: LayoutRequest): [string, Point][] {
  const radius = nodeRadiusScale(Math.max(0, ...request.nodes.map((n) => n.count)));
  const random = randomLcg(request.seed);
  const spread = 20 * Math.sqrt(request.nodes.length + 1);
  const nodes: SimNode[] = [...request.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => {
      const angle = 2 * Math.PI * random();
      const dist = spread * Math.sqrt(random());
      return { id: n.id, r: radius(n.count), x: dist * Math.cos(angle), y: dist * Math.sin(angle) };
    });
  const links: SimLink[] = request.links.map((l) => ({ source: l.source, target: l.target }));
  const radiusOf = (end: SimLink['source']) => (typeof end === 'object' ? end.r : 0);
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(request.seed + 1))
    .force('link', forceLink<SimNode, SimLink>(links).id((d) => d.id).distance((l) => 34 + radiusOf(l.source) + radiusOf(l.target)))
    .force('charge', forceManyBody<SimNode>().strength((d) => -40 - 4 * d.r).distanceMax(400))
    .force('x', forceX<SimNode>(0).strength(0.08))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .force('collide', forceCollide<SimNode>((d) => d.r + 5).iterations(2))
    .stop();
  simulation.tick(TICKS);
  return nodes.map((n) => [n.id, { x: round(n.x!), y: round(n.y!) }]);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Where the nodes of a (filtered) graph go: the precomputed place when there is one, else an extra place. */
export function positionsFor(base: Positions, full: ActorGraph, graph: ActorGraph): Positions {
  const extras = placeExtraNodes(base, full, graph.nodes.map((n) => n.id));
  return extras.size === 0 ? base : new Map([...base, ...extras]);
}

const MIN_GAP = 26;

/**
 * Places for actors outside the precomputed layout (they show up under a filter): near the weighted centre
 * of their neighbours in the whole-bundle graph, or on a ring around the layout when they have none, then
 * stepped along a spiral until clear of the precomputed nodes. Depends only on the id, the base layout
 * and the whole-bundle graph, so an actor lands in the same place whatever the filters.
 */
export function placeExtraNodes(base: Positions, full: ActorGraph, ids: string[]): Positions {
  const out: Positions = new Map();
  const missing = new Set(ids.filter((id) => !base.has(id)));
  if (missing.size === 0 || base.size === 0) return out;
  const pull = neighbourPull(base, full, missing);
  const { centre, reach } = extentOf(base);
  const points = [...base.values()];
  for (const id of missing) {
    const turn = hashUnit(id) * 2 * Math.PI;
    const p = pull.get(id);
    const anchor = p && p.w > 0 ? { x: p.x / p.w, y: p.y / p.w } : { x: centre.x + (reach + 30) * Math.cos(turn), y: centre.y + (reach + 30) * Math.sin(turn) };
    out.set(id, clearSpot(anchor, turn, points));
  }
  return out;
}

function neighbourPull(base: Positions, full: ActorGraph, missing: Set<string>): Map<string, { x: number; y: number; w: number }> {
  const pull = new Map<string, { x: number; y: number; w: number }>();
  for (const e of full.edges) {
    for (const [id, other] of [[e.a, e.b], [e.b, e.a]] as const) {
      const q = missing.has(id) ? base.get(other) : undefined;
      if (!q) continue;
      const acc = pull.get(id) ?? { x: 0, y: 0, w: 0 };
      acc.x += q.x * e.count;
      acc.y += q.y * e.count;
      acc.w += e.count;
      pull.set(id, acc);
    }
  }
  return pull;
}

function clearSpot(anchor: Point, turn: number, points: Point[]): Point {
  let spot = anchor;
  for (let k = 0; k < 60; k++) {
    const angle = turn + k * 2.4;
    const dist = 22 + 5 * k;
    spot = { x: round(anchor.x + dist * Math.cos(angle)), y: round(anchor.y + dist * Math.sin(angle)) };
    if (points.every((q) => Math.hypot(q.x - spot.x, q.y - spot.y) >= MIN_GAP)) return spot;
  }
  return spot;
}

/** Centre and radius of a set of positions. */
export function extentOf(positions: Positions): { centre: Point; reach: number } {
  const points = [...positions.values()];
  const n = Math.max(1, points.length);
  const centre = { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
  const reach = Math.max(0, ...points.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)));
  return { centre, reach };
}

/** A scale-then-translate transform, like d3-zoom's: screen = point * k + (x, y). */
export type Transform = { k: number; x: number; y: number };

/** The transform that fits points into a box with padding, never enlarging more than `maxK`. */
export function fitTransform(points: Point[], width: number, height: number, pad: number, maxK: number): Transform {
  if (points.length === 0) return { k: 1, x: width / 2, y: height / 2 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(maxK, (width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  return { k, x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2 };
}
