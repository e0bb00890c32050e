import { describe, expect, it } from 'vitest';
import { selectActorGraph } from '../../selectors/network.ts';
import { fixtureIndex, fixtureMask } from '../../selectors/test-fixture.ts';
import { computeForceLayout, fitTransform, type LayoutRequest, layoutRequestOf, positionsFor } from './network-layout.ts';

const index = fixtureIndex();
const mask = fixtureMask;
const full = selectActorGraph(index, mask(), { maxNodes: Infinity });

/** A ring of 30 actors with a few hubs: enough structure for the forces to matter. */
function ringRequest(): LayoutRequest {
  const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, count: 1 + ((i * 7) % 13) }));
  const links = nodes.map((n, i) => ({ source: n.id, target: nodes[(i + 1) % 30]!.id, count: 1 + (i % 4) }));
  return { nodes, links: [...links, { source: 'n00', target: 'n15', count: 5 }], seed: 7 };
}

describe('computeForceLayout', () => {
  it('gives the same positions for the same input, whatever the node order', () => {
    const request = ringRequest();
    const once = new Map(computeForceLayout(request));
    const again = new Map(computeForceLayout({ ...request, nodes: [...request.nodes].reverse() }));
    expect([...again.entries()].sort()).toEqual([...once.entries()].sort());
    expect(once.size).toBe(30);
    for (const p of once.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('depends on the seed', () => {
    const a = new Map(computeForceLayout(ringRequest()));
    const b = new Map(computeForceLayout({ ...ringRequest(), seed: 8 }));
    expect(b.get('n03')).not.toEqual(a.get('n03'));
  });

  it('keeps nodes apart: no two centres closer than the smallest pair of radii', () => {
    const points = computeForceLayout(ringRequest()).map(([, p]) => p);
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(6);
  });

  it('lays out only the busiest actors of the whole bundle and the links among them', () => {
    const request = layoutRequestOf(full, 3);
    expect(request.nodes.map((n) => n.id)).toEqual(['netanyahu', 'trump', 'iran']);
    expect(request.links.map((l) => `${l.source}~${l.target}`)).toEqual(['netanyahu~trump']);
  });

  it('keeps only a backbone of each actor\'s strongest links when the graph is dense', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `n${i}`);
    const nodes = ids.map((id, i) => ({ id, label: id, kind: 'state', country: null, count: 100 - i }));
    const edges = ids.flatMap((a, i) => ids.slice(i + 1).map((b, j) => ({ id: `${a}~${b}`, a, b, count: 50 - i - j, cooperation: 1, conflict: 0, forward: 1, backward: 0, mutual: 0, eventIds: [] })));
    const { links } = layoutRequestOf({ nodes, edges: edges.sort((x, y) => y.count - x.count), hiddenNodes: 0 });
    expect(links.length).toBeLessThan(edges.length);
    for (const id of ids) expect(links.some((l) => l.source === id || l.target === id)).toBe(true);
    expect(links[0]).toEqual({ source: 'n0', target: 'n1', count: 50 });
  });
});

describe('positionsFor', () => {
  const base = new Map(computeForceLayout(layoutRequestOf(full, 3)));

  it('keeps every precomputed actor where it was when the filtered graph shrinks', () => {
    const narrow = selectActorGraph(index, mask({ actors: ['trump'] }));
    const positions = positionsFor(base, full, narrow);
    for (const n of narrow.nodes.filter((x) => base.has(x.id))) expect(positions.get(n.id)).toEqual(base.get(n.id));
  });

  it('places an actor outside the layout near its neighbours, clear of other nodes, the same under any filter', () => {
    const all = positionsFor(base, full, selectActorGraph(index, mask()));
    const planned = positionsFor(base, full, selectActorGraph(index, mask({ modalities: ['planned'] })));
    const vance = all.get('vance')!;
    expect(planned.get('vance')).toEqual(vance);
    const netanyahu = base.get('netanyahu')!;
    const trump = base.get('trump')!;
    expect(Math.hypot(vance.x - netanyahu.x, vance.y - netanyahu.y)).toBeLessThan(Math.hypot(vance.x - trump.x, vance.y - trump.y) + 1);
    for (const p of base.values()) expect(Math.hypot(vance.x - p.x, vance.y - p.y)).toBeGreaterThanOrEqual(26);
  });
});

describe('fitTransform', () => {
  it('fits points inside the box with padding and does not enlarge past the cap', () => {
    const points = [{ x: -100, y: -50 }, { x: 100, y: 50 }];
    const t = fitTransform(points, 440, 240, 20, 4);
    expect(t.k).toBe(2);
    expect(points.map((p) => [p.x * t.k + t.x, p.y * t.k + t.y])).toEqual([[20, 20], [420, 220]]);
    expect(fitTransform([{ x: 0, y: 0 }, { x: 1, y: 1 }], 400, 400, 0, 1.6).k).toBe(1.6);
  });
});
