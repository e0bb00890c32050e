import { type FocusEvent, type KeyboardEvent, useRef, useState } from 'react';
import { nextNetworkStop } from './network-keys.ts';
import type { Active, Scene } from './network-scene.ts';

/**
 * The network as one tab stop (roving tabindex): the mark last focused keeps tabIndex 0, every other -1,
 * and keys move focus inside (see `nextNetworkStop`). When that mark leaves the scene, the biggest actor
 * takes the stop. The handlers go on the chart's SVG and see the marks' events as they bubble.
 */
export function useNetworkTabStop(scene: Scene) {
  const [chosen, setChosen] = useState<Active>(null);
  // The actor whose links Page Down walks: the last node that had focus.
  const anchor = useRef<string | null>(null);
  const first = scene.nodes[0];
  const stop: Active = inScene(scene, chosen) ? chosen : first ? { kind: 'node', id: first.id } : null;
  const onFocus = (e: FocusEvent) => {
    const at = markOf(e.target);
    if (!at) return;
    setChosen(at);
    if (at.kind === 'node') anchor.current = at.id;
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = markOf(e.target);
    const next = from && nextNetworkStop(scene, from, e.key, anchor.current);
    if (!next) return;
    e.preventDefault();
    setChosen(next);
    markElement(e.currentTarget, next)?.focus();
  };
  return { stop, onFocus, onKeyDown };
}

/** Whether the mark `a` is the tab stop. */
export function isStop(stop: Active, kind: 'node' | 'edge', id: string): boolean {
  return stop !== null && stop.kind === kind && stop.id === id;
}

function inScene(scene: Scene, a: Active): boolean {
  if (!a) return false;
  return a.kind === 'node' ? scene.nodes.some((n) => n.id === a.id) : scene.edges.some((e) => e.id === a.id);
}

function markOf(target: EventTarget): Active {
  if (!(target instanceof Element)) return null;
  const node = target.getAttribute('data-node-id');
  if (node !== null) return { kind: 'node', id: node };
  const edge = target.getAttribute('data-edge-id');
  return edge !== null ? { kind: 'edge', id: edge } : null;
}

function markElement(svg: SVGSVGElement, a: NonNullable<Active>): SVGElement | null {
  const attribute = a.kind === 'node' ? 'data-node-id' : 'data-edge-id';
  // Compared as attributes, not through a CSS selector: actor ids may hold characters CSS would need escaped.
  for (const el of svg.querySelectorAll<SVGElement>(`[${attribute}]`))
    if (el.getAttribute(attribute) === a.id) return el;
  return null;
}
