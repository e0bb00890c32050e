import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { selectActorGraph } from '../../selectors/network.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { buildScene, describeEdge, type SceneState } from './network-scene.ts';

const index = buildBundleIndex(fixtureBundle());
const graph = selectActorGraph(index, selectEventMask(index, EMPTY_FILTERS));
const positions = new Map(graph.nodes.map((n, i) => [n.id, { x: 60 * i, y: 30 * (i % 2) }]));
const size = { width: 600, height: 300 };
const view = { k: 2, x: 10, y: 20 };
const calm: SceneState = { active: null, selectedActors: new Set(), selectedEdge: null };

describe('buildScene', () => {
  it('projects layout positions through the view transform', () => {
    const scene = buildScene(graph, positions, view, size, calm);
    const trump = scene.nodes.find((n) => n.id === 'trump')!;
    const p = positions.get('trump')!;
    expect([trump.x, trump.y]).toEqual([p.x * 2 + 10, p.y * 2 + 20]);
  });

  it('dims everything but the hovered actor, its neighbours and its edges', () => {
    const scene = buildScene(graph, positions, view, size, { ...calm, active: { kind: 'node', id: 'vance' } });
    expect(scene.nodes.filter((n) => !n.dimmed).map((n) => n.id).sort()).toEqual(['netanyahu', 'vance']);
    expect(scene.edges.filter((e) => !e.dimmed).map((e) => e.id)).toEqual(['netanyahu~vance']);
    expect(scene.labels.map((l) => l.id).sort()).toEqual(['netanyahu', 'vance']);
  });

  it('marks selected actors and the selected edge, and labels them', () => {
    const scene = buildScene(graph, positions, view, size, { ...calm, selectedActors: new Set(['iran']), selectedEdge: 'iran~usa' });
    expect(scene.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['iran']);
    expect(scene.edges.filter((e) => e.selected).map((e) => e.id)).toEqual(['iran~usa']);
    expect(scene.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['iran', 'usa']));
  });

  it('draws thin edges first so thick ones stay on top, with arrows only where direction is known', () => {
    const scene = buildScene(graph, positions, view, size, calm);
    const widths = scene.edges.map((e) => e.width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    const tn = scene.edges.find((e) => e.id === 'netanyahu~trump')!;
    expect(tn.heads).toHaveLength(2);
    expect(tn.description).toContain('Benjamin Netanyahu – Donald Trump: 4 events (3 cooperation, 1 conflict)');
  });
});

describe('describeEdge', () => {
  it('names both directions and the undirected events', () => {
    const e = { id: 'a~b', a: 'a', b: 'b', count: 3, cooperation: 3, conflict: 0, forward: 1, backward: 1, mutual: 1, eventIds: [] };
    expect(describeEdge(e, 'A', 'B')).toBe('A – B: 3 events (3 cooperation, 0 conflict); A → B 1, B → A 1, together 1');
  });
});
