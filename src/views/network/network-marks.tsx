import { type KeyboardEvent, memo } from 'react';
import type { Active, SceneEdge, SceneNode } from './network-scene.ts';
import { formatCount } from '../../components/format.ts';

/** Opacity of marks outside the hovered or focused neighbourhood. */
export const DIM = 0.15;

type NodeProps = {
  node: SceneNode;
  focused: boolean;
  tabbable: boolean;
  onNode: (id: string) => void;
  onHover: (a: Active) => void;
  onFocus: (a: Active) => void;
};
type EdgeProps = {
  edge: SceneEdge;
  focused: boolean;
  tabbable: boolean;
  onEdge: (e: SceneEdge) => void;
  onFocus: (a: Active) => void;
};

/** Enter and Space activate a focused mark, like a button. */
export function onActivateKey(run: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    run();
  };
}

/** "Donald Trump (person, USA), 12 events" */
export function nodeName(n: SceneNode): string {
  const about = [n.kind, n.country].filter(Boolean).join(', ');
  return `${n.label} (${about}), ${formatCount(n.count)} event${n.count === 1 ? '' : 's'}`;
}

/** An actor: a toggle button for the actor filter, ringed when selected, dashed ring when focused. */
export const NodeMark = memo(function NodeMark({ node: n, focused, tabbable, onNode, onHover, onFocus }: NodeProps) {
  return (
    <g
      data-node-id={n.id}
      transform={`translate(${n.x},${n.y})`}
      opacity={n.dimmed ? DIM : 1}
      tabIndex={tabbable ? 0 : -1}
      role="button"
      aria-pressed={n.selected}
      aria-label={nodeName(n)}
      className="cursor-pointer outline-none"
      onClick={() => onNode(n.id)}
      onKeyDown={onActivateKey(() => onNode(n.id))}
      onMouseEnter={() => onHover({ kind: 'node', id: n.id })}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onFocus({ kind: 'node', id: n.id })}
      onBlur={() => onFocus(null)}
    >
      <title>{`${nodeName(n)}. Click to ${n.selected ? 'remove it from' : 'add it to'} the actor filter; drag to move.`}</title>
      {n.selected && <circle r={n.r + 4} fill="none" stroke="#0f172a" strokeWidth={2.5} />}
      <circle r={n.r} fill={n.colour} stroke="#fff" strokeWidth={1.5} />
      {focused && <circle r={n.r + 7} fill="none" stroke="#2563eb" strokeWidth={2} strokeDasharray="4 2" />}
    </g>
  );
}, sameMark);

/** An edge as the keyboard sees it: a focusable button (the chart's roving tab stop reaches it with Page Down). */
export const EdgeTarget = memo(function EdgeTarget({ edge: e, tabbable, onEdge, onFocus }: EdgeProps) {
  return (
    <line
      data-edge-id={e.id}
      x1={e.x1}
      y1={e.y1}
      x2={e.x2}
      y2={e.y2}
      stroke="transparent"
      tabIndex={tabbable ? 0 : -1}
      role="button"
      aria-label={e.description}
      className="outline-none"
      onClick={() => onEdge(e)}
      onKeyDown={onActivateKey(() => onEdge(e))}
      onFocus={() => onFocus({ kind: 'edge', id: e.id })}
      onBlur={() => onFocus(null)}
    />
  );
}, sameMark);

// The scene is rebuilt on every hover, so marks compare by value: only the ones that changed re-render.
function sameMark<P extends { focused: boolean; tabbable: boolean; node?: object; edge?: object }>(
  a: P,
  b: P,
): boolean {
  if (a.focused !== b.focused || a.tabbable !== b.tabbable) return false;
  const x = (a.node ?? a.edge) as Record<string, unknown>;
  const y = (b.node ?? b.edge) as Record<string, unknown>;
  for (const key in x) if (key !== 'heads' && x[key] !== y[key]) return false;
  return String(x.heads) === String(y.heads);
}
