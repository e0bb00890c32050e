import { memo, type MouseEvent, useLayoutEffect, useMemo, useRef } from 'react';
import { useAfterPaint } from '../../components/use-after-paint.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { paintMarks } from './canvas-paint.ts';
import { hitTest, type PlacedMark } from './marks-layout.ts';
import { hasMarkKey, MARK_LIST_ID, markKey } from './svg-marks.tsx';

type Props = {
  placed: PlacedMark[];
  width: number;
  height: number;
  maxRadius: number;
  selectedClusterId: string | null;
  activeKey: string | null;
  nameOf: (m: TimelineMark) => string;
  onActivate: (key: string | null, via: 'pointer' | 'focus') => void;
  onSelect: (m: TimelineMark) => void;
};

/** The keyboard list is capped: a screen reader user zooms in (or filters) to reach the rest. */
const MAX_LISTED = 100;

/**
 * The marks on a canvas (thousands in view). Pointer hits come from a binary search over the placed marks;
 * the keyboard path is a visually hidden list of buttons for the marks in view, each selecting its cluster.
 */
export const CanvasMarks = memo(function CanvasMarks({
  placed,
  width,
  height,
  maxRadius,
  selectedClusterId,
  activeKey,
  nameOf,
  onActivate,
  onSelect,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  // Painted before the browser paints (layout effect), so the canvas never shows the previous filters' marks.
  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) paintMarks(ctx, placed, { width, height, dpr });
  }, [placed, width, height, dpr]);
  const hit = (e: MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const i = hitTest(placed, e.clientX - box.left, e.clientY - box.top, maxRadius);
    return i < 0 ? null : placed[i]!;
  };
  const rings = useMemo(
    () => placed.filter((p) => p.mark.clusterId === selectedClusterId || hasMarkKey(p.mark, activeKey)),
    [placed, selectedClusterId, activeKey],
  );
  // Only marks whose centre is on screen: the slice includes a margin of half-hidden marks for drawing.
  // The list is not painted: it may follow a frame after the canvas, so a brush move paints sooner.
  const listedFrom = useAfterPaint(placed);
  const listed = useMemo(() => onScreen(listedFrom, width, MAX_LISTED), [listedFrom, width]);
  return (
    <>
      <canvas
        ref={canvasRef}
        width={Math.round(width * dpr)}
        height={Math.round(height * dpr)}
        style={{ width, height }}
        role="img"
        aria-label={`${placed.length} events drawn; the list “Events in view” gives keyboard access`}
        className="absolute inset-0"
        onPointerMove={(e) => {
          const p = hit(e);
          onActivate(p ? markKey(p.mark) : null, 'pointer');
          e.currentTarget.style.cursor = p ? 'pointer' : '';
        }}
        onPointerLeave={() => onActivate(null, 'pointer')}
        onClick={(e) => {
          const p = hit(e);
          if (p) onSelect(p.mark);
        }}
      />
      <svg width={width} height={height} aria-hidden="true" className="pointer-events-none absolute inset-0">
        {rings.map((p) => (
          <circle
            key={markKey(p.mark)}
            cx={p.x}
            cy={p.y}
            r={p.r + (markKey(p.mark) === activeKey ? 4 : 3)}
            fill="none"
            stroke="#0f172a"
            strokeWidth={markKey(p.mark) === activeKey ? 2 : 1.5}
          />
        ))}
      </svg>
      <div className="sr-only">
        <p>
          {listedFrom.length > MAX_LISTED
            ? `The first ${MAX_LISTED} of about ${listedFrom.length} events in view, in date order; zoom in or filter to reach the others.`
            : `${listed.length} events in view, in date order.`}
        </p>
        <ul id={MARK_LIST_ID} tabIndex={-1} data-focus-return aria-label="Events in view">
          {/* Keyed by mark: a focused button keeps its event when the filters change (the list follows the paint, so the churn costs no frame). */}
          {listed.map((p) => (
            <li key={markKey(p.mark)}>
              <button
                type="button"
                onClick={() => onSelect(p.mark)}
                onFocus={() => onActivate(markKey(p.mark), 'focus')}
                onBlur={() => onActivate(null, 'focus')}
              >
                {nameOf(p.mark)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
});

function onScreen(placed: PlacedMark[], width: number, max: number): PlacedMark[] {
  const out: PlacedMark[] = [];
  for (const p of placed) {
    if (out.length >= max) break;
    if (p.x >= 0 && p.x <= width) out.push(p);
  }
  return out;
}
