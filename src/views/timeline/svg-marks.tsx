import { memo, type KeyboardEvent, useRef, useState } from 'react';
import type { TimelineMark } from '../../selectors/timeline.ts';
import type { PlacedMark } from './marks-layout.ts';
import { markPaint, STROKE_WIDTH } from './mark-style.ts';

/** The id of the marks' list (SVG group or, on a canvas, the hidden list): focus returns there when a mark is gone. */
export const MARK_LIST_ID = 'timeline-marks';

/** Stable key of a mark: a cluster appears once per lane. */
export const markKey = (m: TimelineMark) => `${m.clusterId}|${m.lane}`;

/**
 * Whether `key` is the mark's key, without building it: run over every mark in view on each filter change,
 * where a string per mark (tens of thousands at 100,000 events) cost milliseconds and garbage.
 */
export function hasMarkKey(m: TimelineMark, key: string | null): boolean {
  if (key === null) return false;
  const { clusterId, lane } = m;
  return (
    key.length === clusterId.length + 1 + lane.length &&
    key.charCodeAt(clusterId.length) === 124 && // '|'
    key.startsWith(clusterId) &&
    key.endsWith(lane)
  );
}

type Props = {
  placed: PlacedMark[];
  width: number;
  height: number;
  selectedClusterId: string | null;
  /** Accessible name of a mark (type, actors, date, modality, outlets). */
  nameOf: (m: TimelineMark) => string;
  onActivate: (key: string | null, via: 'pointer' | 'focus') => void;
  onSelect: (m: TimelineMark) => void;
};

const NEXT: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The marks as SVG (used below ~1000 marks in view). One tab stop for the whole chart (roving tabindex):
 * arrow keys walk the marks in time order, Enter or Space opens the evidence.
 */
export const SvgMarks = memo(function SvgMarks({
  placed,
  width,
  height,
  selectedClusterId,
  nameOf,
  onActivate,
  onSelect,
}: Props) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const focusIndex = Math.max(
    0,
    placed.findIndex((p) => hasMarkKey(p.mark, focusKey)),
  );
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(placed[i]!.mark);
      return;
    }
    const move = NEXT[e.key];
    if (!move || placed.length === 0) return;
    e.preventDefault();
    const key = markKey(placed[move(i, placed.length)]!.mark);
    setFocusKey(key);
    refs.current.get(key)?.focus();
  };
  return (
    <svg
      id={MARK_LIST_ID}
      tabIndex={-1}
      data-focus-return
      width={width}
      height={height}
      role="group"
      aria-label="Events in view (arrow keys move between them)"
      className="absolute inset-0 block overflow-hidden"
    >
      {placed.map((p, i) => {
        const key = markKey(p.mark);
        return (
          <g
            key={key}
            ref={(el) => {
              if (el) refs.current.set(key, el);
              else refs.current.delete(key);
            }}
            transform={`translate(${p.x},${p.y})`}
            role="button"
            tabIndex={i === focusIndex ? 0 : -1}
            aria-label={nameOf(p.mark)}
            className="group cursor-pointer outline-none"
            onClick={() => onSelect(p.mark)}
            onKeyDown={(e) => onKeyDown(e, i)}
            onFocus={() => {
              setFocusKey(key);
              onActivate(key, 'focus');
            }}
            onBlur={() => onActivate(null, 'focus')}
            onPointerEnter={() => onActivate(key, 'pointer')}
            onPointerLeave={() => onActivate(null, 'pointer')}
          >
            <MarkShape p={p} selected={p.mark.clusterId === selectedClusterId} />
          </g>
        );
      })}
    </svg>
  );
});

/** One mark: disc or ring by modality, colour by quad class, outlet count inside, rings for focus and selection. */
function MarkShape({ p, selected }: { p: PlacedMark; selected: boolean }) {
  const paint = markPaint(p.mark.quad, p.mark.modality, p.mark.dated);
  const { r } = p;
  return (
    <>
      <circle
        r={r + 4}
        fill="none"
        stroke="#0f172a"
        strokeWidth={2}
        className="opacity-0 group-focus-visible:opacity-100"
      />
      {selected && <circle r={r + 3} fill="none" stroke="#0f172a" strokeWidth={1.5} />}
      <g opacity={paint.opacity}>
        {paint.outerRing && (
          <circle r={r + 2} fill="none" stroke={paint.colour} strokeWidth={1.5} strokeDasharray="2 2" />
        )}
        <circle
          r={paint.fill === paint.colour ? r : r - STROKE_WIDTH / 2}
          fill={paint.fill}
          stroke={paint.colour}
          strokeWidth={paint.fill === paint.colour ? 0 : STROKE_WIDTH}
          strokeDasharray={paint.dash?.join(' ')}
        />
        {paint.strike && <line x1={-r - 3} x2={r + 3} y1={0} y2={0} stroke={paint.colour} strokeWidth={2} />}
        {p.mark.outletCount > 1 && (
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fill={paint.text}
            className="pointer-events-none text-[9px] font-bold"
          >
            {p.mark.outletCount}
          </text>
        )}
      </g>
    </>
  );
}
