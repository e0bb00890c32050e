import { QUAD_OF_TYPE, PLOVER_TYPES } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** An actor in the network. */
export type ActorNode = { id: string; label: string; kind: string; country: string | null; count: number };

/** Events between two actors: `a` < `b` by id; `forward` counts a→b, `backward` b→a, `mutual` undirected. */
export type ActorEdge = {
  id: string;
  a: string;
  b: string;
  count: number;
  cooperation: number;
  conflict: number;
  forward: number;
  backward: number;
  mutual: number;
  eventIds: string[];
};

export type ActorGraph = { nodes: ActorNode[]; edges: ActorEdge[]; hiddenNodes: number };

export type GraphOptions = { maxNodes?: number; collapsePeople?: boolean; keep?: string[] };

/**
 * The actor network of the passing events: nodes sized by event count, edges between source and target
 * (or between co-sources of an undirected event). Only the busiest `maxNodes` actors are kept, plus any
 * in `keep` (the actor filter), so that thousands of actors stay readable.
 */
export function selectActorGraph(index: BundleIndex, mask: EventMask, options: GraphOptions = {}): ActorGraph {
  const { maxNodes = 40, collapsePeople = false, keep = [] } = options;
  const actorOf = collapsePeople ? collapseMap(index) : (id: string) => id;
  const nodeCounts = new Map<string, number>();
  const edges = new Map<string, ActorEdge>();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const e = index.events[i]!;
    const source = [...new Set(e.source.map(actorOf))];
    const target = [...new Set(e.target.map(actorOf))].filter((t) => !source.includes(t));
    for (const id of new Set([...source, ...target])) nodeCounts.set(id, (nodeCounts.get(id) ?? 0) + 1);
    const cooperative = QUAD_OF_TYPE[PLOVER_TYPES[index.type[i]!]!].endsWith('cooperation');
    if (target.length > 0) for (const s of source) for (const t of target) addEdge(edges, s, t, 'directed', cooperative, e.id);
    else for (let x = 0; x < source.length; x++) for (let y = x + 1; y < source.length; y++) addEdge(edges, source[x]!, source[y]!, 'mutual', cooperative, e.id);
  }
  const ranked = [...nodeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = new Set([...ranked.slice(0, maxNodes).map(([id]) => id), ...keep.map(actorOf).filter((id) => nodeCounts.has(id))]);
  const actor = new Map(index.bundle.actors.map((a) => [a.id, a]));
  const nodes = ranked
    .filter(([id]) => shown.has(id))
    .map(([id, count]) => ({ id, label: actor.get(id)?.name ?? id, kind: actor.get(id)?.kind ?? 'other', country: actor.get(id)?.country ?? null, count }));
  return {
    nodes,
    edges: [...edges.values()].filter((e) => shown.has(e.a) && shown.has(e.b)).sort((x, y) => y.count - x.count || x.id.localeCompare(y.id)),
    hiddenNodes: ranked.length - nodes.length,
  };
}

function addEdge(edges: Map<string, ActorEdge>, s: string, t: string, kind: 'directed' | 'mutual', cooperative: boolean, eventId: string): void {
  const [a, b] = s < t ? [s, t] : [t, s];
  const id = `${a}~${b}`;
  const edge = edges.get(id) ?? { id, a, b, count: 0, cooperation: 0, conflict: 0, forward: 0, backward: 0, mutual: 0, eventIds: [] };
  edge.count++;
  if (cooperative) edge.cooperation++;
  else edge.conflict++;
  if (kind === 'mutual') edge.mutual++;
  else if (s === a) edge.forward++;
  else edge.backward++;
  edge.eventIds.push(eventId);
  edges.set(id, edge);
}

/** People stand for the state they belong to when collapsed. */
function collapseMap(index: BundleIndex): (id: string) => string {
  const affiliation = new Map<string, string>();
  for (const a of index.bundle.actors) {
    if (a.kind === 'person' && a.affiliation && index.actorIndex.has(a.affiliation)) affiliation.set(a.id, a.affiliation);
  }
  return (id) => affiliation.get(id) ?? id;
}

/** The events of an edge between two actors, in date order (undated last). */
export function selectEdgeEvents(index: BundleIndex, mask: EventMask, a: string, b: string): number[] {
  const ai = index.actorIndex.get(a);
  const bi = index.actorIndex.get(b);
  const out: number[] = [];
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const actors = index.actors[i]!;
    if (actors.includes(ai ?? -1) && actors.includes(bi ?? -1)) out.push(i);
  }
  return out.sort((x, y) => (index.day[x]! || Infinity) - (index.day[y]! || Infinity) || x - y);
}
