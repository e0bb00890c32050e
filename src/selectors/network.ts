import { PLOVER_TYPES, QUAD_OF_TYPE } from '../model/bundle-schema.ts';
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
  /** Ids of the edge's events (built when asked for). */
  readonly eventIds: string[];
};

export type ActorGraph = { nodes: ActorNode[]; edges: ActorEdge[]; hiddenNodes: number };

export type GraphOptions = { maxNodes?: number; collapsePeople?: boolean; keep?: string[] };

const COOPERATIVE = PLOVER_TYPES.map((t) => QUAD_OF_TYPE[t].endsWith('cooperation'));

/**
 * The actor network of the passing events: nodes sized by event count, edges between source and target
 * (or between co-sources of an undirected event). Only the busiest `maxNodes` actors are kept, plus any
 * in `keep` (the actor filter), so that thousands of actors stay readable. Works on actor indices and
 * numeric edge keys: one pass over the passing events.
 */
export function selectActorGraph(index: BundleIndex, mask: EventMask, options: GraphOptions = {}): ActorGraph {
  const { maxNodes = 40, collapsePeople = false, keep = [] } = options;
  const n = index.actorIds.length;
  const to = collapsePeople ? collapseTable(index) : null;
  const nodeCounts = countNodes(index, mask, to);
  const present: number[] = [];
  for (let a = 0; a < n; a++) if (nodeCounts[a]) present.push(a);
  present.sort((x, y) => nodeCounts[y]! - nodeCounts[x]! || (index.actorIds[x]! < index.actorIds[y]! ? -1 : 1));
  const shown = new Set(present.slice(0, maxNodes));
  for (const id of keep) {
    const a = index.actorIndex.get(id);
    const c = a === undefined ? undefined : to ? to[a]! : a;
    if (c !== undefined && nodeCounts[c]) shown.add(c);
  }
  // Second pass: edges only between shown actors, counted per pair of their slots (0 to shown - 1).
  const shownList = [...shown];
  const slots = shownList.length;
  const slotOf = new Int32Array(n).fill(-1);
  shownList.forEach((a, slot) => (slotOf[a] = slot));
  const acc = new PairCounts(slots);
  const stamp = new Int32Array(slots).fill(-1);
  const src = new Int32Array(slots);
  const tgt = new Int32Array(slots);
  const { pass } = mask;
  const { actorList, actorStart } = index;
  for (let i = 0; i < pass.length; i++) {
    if (!pass[i]) continue;
    const first = actorStart[i]!;
    const end = actorStart[i + 1]!;
    const sourcesEnd = first + index.sourceCount[i]!;
    let ns = 0;
    let nt = 0;
    for (let k = first; k < end; k++) {
      const slot = slotOf[to ? to[actorList[k]!]! : actorList[k]!]!;
      if (slot < 0 || stamp[slot] === i) continue;
      stamp[slot] = i;
      if (k < sourcesEnd) src[ns++] = slot;
      else tgt[nt++] = slot;
    }
    if (ns + nt < 2) continue;
    const cooperative = COOPERATIVE[index.type[i]!]!;
    if (nt > 0) for (let x = 0; x < ns; x++) for (let y = 0; y < nt; y++) acc.add(src[x]!, tgt[y]!, false, cooperative);
    else for (let x = 0; x < ns; x++) for (let y = x + 1; y < ns; y++) acc.add(src[x]!, src[y]!, true, cooperative);
  }
  const actor = index.bundle.actors;
  const nodes = present
    .filter((a) => shown.has(a))
    .map((a) => ({ id: index.actorIds[a]!, label: actor[a]!.name, kind: actor[a]!.kind, country: actor[a]!.country, count: nodeCounts[a]! }));
  const edges: ActorEdge[] = [];
  acc.forEach((lo, hi, v) => edges.push(new Edge(index, mask, to, shownList[lo]!, shownList[hi]!, v)));
  edges.sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));
  return { nodes, edges, hiddenNodes: present.length - nodes.length };
}

/** Events per actor (each event counted once per actor, after collapsing). */
function countNodes(index: BundleIndex, mask: EventMask, to: Int32Array | null): Uint32Array {
  const counts = new Uint32Array(index.actorIds.length);
  const stamp = new Int32Array(index.actorIds.length).fill(-1);
  const { pass } = mask;
  const { actorList, actorStart } = index;
  for (let i = 0; i < pass.length; i++) {
    if (!pass[i]) continue;
    for (let k = actorStart[i]!; k < actorStart[i + 1]!; k++) {
      const a = to ? to[actorList[k]!]! : actorList[k]!;
      if (stamp[a] === i) continue;
      stamp[a] = i;
      counts[a]!++;
    }
  }
  return counts;
}

/** Per pair of shown actors: count, cooperative, forward (lower slot to higher), backward, mutual. */
const EDGE_FIELDS = 5;
/** Up to this many shown actors the pairs are one dense table (5 MB at most); beyond, a map of the pairs seen. */
const DENSE_SLOTS = 512;

/**
 * Event counts per pair of shown actors, by slot (the lower slot first; ids are compared later, in Edge).
 * A few dozen actors are shown, so a dense table needs no map and no allocation per event; an actor filter
 * naming hundreds (a hand-made URL) switches to a map instead of a table of millions of pairs.
 */
export class PairCounts {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, Int32Array>();

  constructor(
    private readonly slots: number,
    denseUpTo = DENSE_SLOTS,
  ) {
    this.dense = slots <= denseUpTo ? new Int32Array(slots * slots * EDGE_FIELDS) : null;
  }

  add(s: number, t: number, mutual: boolean, cooperative: boolean): void {
    const lo = s < t ? s : t;
    const hi = s < t ? t : s;
    let v: Int32Array;
    let at = 0;
    if (this.dense) {
      v = this.dense;
      at = (lo * this.slots + hi) * EDGE_FIELDS;
    } else {
      const key = lo * this.slots + hi;
      v = this.sparse.get(key) ?? new Int32Array(EDGE_FIELDS);
      this.sparse.set(key, v);
    }
    v[at]!++;
    if (cooperative) v[at + 1]!++;
    if (mutual) v[at + 4]!++;
    else if (s === lo) v[at + 2]!++;
    else v[at + 3]!++;
  }

  /** Every pair with at least one event: its slots and its five counts. */
  forEach(visit: (lo: number, hi: number, counts: Int32Array) => void): void {
    if (!this.dense) {
      for (const [key, v] of this.sparse) visit(Math.floor(key / this.slots), key % this.slots, v);
      return;
    }
    for (let lo = 0; lo < this.slots; lo++) {
      for (let hi = lo + 1; hi < this.slots; hi++) {
        const at = (lo * this.slots + hi) * EDGE_FIELDS;
        if (this.dense[at]! > 0) visit(lo, hi, this.dense.subarray(at, at + EDGE_FIELDS));
      }
    }
  }
}

/** An edge between two actors; direction counts are flipped when the ids sort the other way round. */
class Edge implements ActorEdge {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly count: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly forward: number;
  readonly backward: number;
  readonly mutual: number;

  constructor(
    private readonly index: BundleIndex,
    private readonly mask: EventMask,
    private readonly collapse: Int32Array | null,
    lo: number,
    hi: number,
    v: Int32Array,
  ) {
    const [idLo, idHi] = [index.actorIds[lo]!, index.actorIds[hi]!];
    const flip = idLo > idHi;
    this.a = flip ? idHi : idLo;
    this.b = flip ? idLo : idHi;
    this.id = `${this.a}~${this.b}`;
    this.count = v[0]!;
    this.cooperation = v[1]!;
    this.conflict = v[0]! - v[1]!;
    this.forward = flip ? v[3]! : v[2]!;
    this.backward = flip ? v[2]! : v[3]!;
    this.mutual = v[4]!;
  }

  get eventIds(): string[] {
    return selectEdgeEvents(this.index, this.mask, this.a, this.b, this.collapse !== null).map((i) => this.index.eventIds[i]!);
  }
}

const collapseCache = new WeakMap<BundleIndex, Int32Array>();

/** People stand for the state they belong to when collapsed: actor index -> actor index. */
function collapseTable(index: BundleIndex): Int32Array {
  const cached = collapseCache.get(index);
  if (cached) return cached;
  const table = Int32Array.from(index.actorIds.keys());
  index.bundle.actors.forEach((a, i) => {
    const state = a.kind === 'person' && a.affiliation ? index.actorIndex.get(a.affiliation) : undefined;
    if (state !== undefined) table[i] = state;
  });
  collapseCache.set(index, table);
  return table;
}

/**
 * The events of the edge between two actors, counted as the graph counts them: one is a source and the
 * other a target, or both are sources of an undirected event. With `collapsePeople`, people count as
 * their state. In date order, undated last.
 */
export function selectEdgeEvents(index: BundleIndex, mask: EventMask, a: string, b: string, collapsePeople = false): number[] {
  const to = collapsePeople ? collapseTable(index) : null;
  const ai = index.actorIndex.get(a) ?? -1;
  const bi = index.actorIndex.get(b) ?? -1;
  const out: number[] = [];
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const actors = index.actorsOf(i);
    const sources = index.sourceCount[i]!;
    let role = 0; // bits: 1 = a is source, 2 = a is target, 4 = b is source, 8 = b is target
    for (let k = 0; k < actors.length; k++) {
      const x = to ? to[actors[k]!]! : actors[k]!;
      const isSource = k < sources;
      if (x === ai) role |= isSource ? 1 : 2;
      if (x === bi) role |= isSource ? 4 : 8;
    }
    const hasTargets = actors.length > sources;
    const directed = ((role & 1) && (role & 8)) || ((role & 4) && (role & 2));
    const mutual = !hasTargets && (role & 1) && (role & 4);
    if (directed || mutual) out.push(i);
  }
  const day = (i: number) => (Number.isNaN(index.day[i]!) ? Infinity : index.day[i]!);
  return out.sort((x, y) => day(x) - day(y) || x - y);
}
