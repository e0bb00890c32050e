import type { Active } from './network-scene.ts';

/** What keyboard moves need of the scene: node centres (biggest first) and edge ends (thinnest first). */
export type KeyScene = {
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; a: string; b: string; x1: number; y1: number; x2: number; y2: number }[];
};

type Point = { x: number; y: number };

const AXES: Record<string, { along: (d: Point) => number; across: (d: Point) => number }> = {
  ArrowRight: { along: (d) => d.x, across: (d) => d.y },
  ArrowLeft: { along: (d) => -d.x, across: (d) => d.y },
  ArrowDown: { along: (d) => d.y, across: (d) => d.x },
  ArrowUp: { along: (d) => -d.y, across: (d) => d.x },
};

/**
 * The index of the point nearest to `from` in the arrow's direction, or -1. Sideways distance counts
 * double, so a point straight ahead wins over a nearer one off to the side.
 */
export function nearestInDirection(points: Point[], from: Point, key: string): number {
  const axis = AXES[key];
  if (!axis) return -1;
  let best = -1;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    const d = { x: p.x - from.x, y: p.y - from.y };
    const along = axis.along(d);
    if (along <= 0) return;
    const score = along + 2 * Math.abs(axis.across(d));
    if (score < bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/**
 * Where the network's single tab stop goes on a key press, or null for keys it does not handle. Arrows
 * move to the nearest actor that way (staying put at the border), Home and End to the biggest and the
 * smallest, Page Down and Page Up through the links of `anchor` (the actor last focused), strongest first.
 */
export function nextNetworkStop(scene: KeyScene, current: Active, key: string, anchor: string | null): Active {
  if (!current) return null;
  if (key === 'Home' || key === 'End') {
    const node = key === 'Home' ? scene.nodes[0] : scene.nodes[scene.nodes.length - 1];
    return node ? { kind: 'node', id: node.id } : null;
  }
  if (key === 'PageDown' || key === 'PageUp') return nextLink(scene, current, key === 'PageDown' ? 1 : -1, anchor);
  if (!AXES[key]) return null;
  const from = pointOf(scene, current);
  if (!from) return null;
  const i = nearestInDirection(scene.nodes, from, key);
  return i < 0 ? current : { kind: 'node', id: scene.nodes[i]!.id };
}

function nextLink(scene: KeyScene, current: NonNullable<Active>, step: 1 | -1, anchor: string | null): Active {
  const strongestFirst = [...scene.edges].reverse();
  const links = anchor ? strongestFirst.filter((e) => e.a === anchor || e.b === anchor) : strongestFirst;
  if (links.length === 0) return null;
  const at = current.kind === 'edge' ? links.findIndex((e) => e.id === current.id) : -1;
  const next = at < 0 ? (step === 1 ? 0 : links.length - 1) : (at + step + links.length) % links.length;
  return { kind: 'edge', id: links[next]!.id };
}

function pointOf(scene: KeyScene, active: NonNullable<Active>): Point | null {
  if (active.kind === 'node') return scene.nodes.find((n) => n.id === active.id) ?? null;
  const e = scene.edges.find((x) => x.id === active.id);
  return e ? { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 } : null;
}
