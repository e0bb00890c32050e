import { describe, expect, it } from 'vitest';
import { nearestInDirection, nextNetworkStop, type KeyScene } from './network-keys.ts';

// A plus sign: centre c, and one node each to the right, left, above and below; r2 far right and a bit low.
const nodes = [
  { id: 'c', x: 100, y: 100 },
  { id: 'r', x: 160, y: 110 },
  { id: 'l', x: 40, y: 100 },
  { id: 'u', x: 100, y: 40 },
  { id: 'd', x: 95, y: 170 },
  { id: 'r2', x: 300, y: 130 },
];
// Thinnest first, as the scene keeps them.
const edges = [
  { id: 'c~l', a: 'c', b: 'l', x1: 100, y1: 100, x2: 40, y2: 100 },
  { id: 'c~r', a: 'c', b: 'r', x1: 100, y1: 100, x2: 160, y2: 110 },
  { id: 'r~r2', a: 'r', b: 'r2', x1: 160, y1: 110, x2: 300, y2: 130 },
];
const scene: KeyScene = { nodes, edges };

describe('nearestInDirection', () => {
  it('picks the nearest point on the arrow side, preferring those straight ahead', () => {
    expect(nearestInDirection(nodes, { x: 100, y: 100 }, 'ArrowRight')).toBe(1);
    expect(nearestInDirection(nodes, { x: 100, y: 100 }, 'ArrowLeft')).toBe(2);
    expect(nearestInDirection(nodes, { x: 100, y: 100 }, 'ArrowUp')).toBe(3);
    expect(nearestInDirection(nodes, { x: 100, y: 100 }, 'ArrowDown')).toBe(4);
    expect(nearestInDirection(nodes, { x: 160, y: 110 }, 'ArrowRight')).toBe(5);
  });

  it('finds nothing past the edge of the graph', () => {
    expect(nearestInDirection(nodes, { x: 300, y: 130 }, 'ArrowRight')).toBe(-1);
  });
});

describe('nextNetworkStop', () => {
  it('moves between nodes with the arrows, Home and End, and stays put at the border', () => {
    expect(nextNetworkStop(scene, { kind: 'node', id: 'c' }, 'ArrowRight', null)).toEqual({ kind: 'node', id: 'r' });
    expect(nextNetworkStop(scene, { kind: 'node', id: 'r2' }, 'ArrowRight', null)).toEqual({ kind: 'node', id: 'r2' });
    expect(nextNetworkStop(scene, { kind: 'node', id: 'd' }, 'Home', null)).toEqual({ kind: 'node', id: 'c' });
    expect(nextNetworkStop(scene, { kind: 'node', id: 'c' }, 'End', null)).toEqual({ kind: 'node', id: 'r2' });
  });

  it("walks the focused actor's links with Page Down and Page Up, strongest first, and back to nodes with an arrow", () => {
    const first = nextNetworkStop(scene, { kind: 'node', id: 'c' }, 'PageDown', 'c');
    expect(first).toEqual({ kind: 'edge', id: 'c~r' });
    expect(nextNetworkStop(scene, first, 'PageDown', 'c')).toEqual({ kind: 'edge', id: 'c~l' });
    expect(nextNetworkStop(scene, { kind: 'edge', id: 'c~l' }, 'PageDown', 'c')).toEqual({ kind: 'edge', id: 'c~r' });
    expect(nextNetworkStop(scene, { kind: 'edge', id: 'c~r' }, 'PageUp', 'c')).toEqual({ kind: 'edge', id: 'c~l' });
    // From the link c~r (midpoint 130,105) the arrow right goes to r.
    expect(nextNetworkStop(scene, { kind: 'edge', id: 'c~r' }, 'ArrowRight', 'c')).toEqual({ kind: 'node', id: 'r' });
  });

  it('ignores other keys and an actor without links', () => {
    expect(nextNetworkStop(scene, { kind: 'node', id: 'c' }, 'a', 'c')).toBeNull();
    expect(nextNetworkStop(scene, { kind: 'node', id: 'u' }, 'PageDown', 'u')).toBeNull();
  });
});
