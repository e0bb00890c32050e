import { memo, useLayoutEffect, useRef } from 'react';
import type { Connector } from './connector-layout.ts';

type Props = { connectors: Connector[]; width: number; height: number };

/**
 * Promise arcs behind the marks: announced here, reported as happened there. A canvas, because a busy
 * window can hold a couple of hundred; hidden from assistive technology, which reads the Promises list.
 */
export const ConnectorLayer = memo(function ConnectorLayer({ connectors, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    for (const c of connectors) {
      ctx.strokeStyle = c.selected ? '#0f172a' : '#64748b';
      ctx.globalAlpha = c.selected ? 0.9 : 0.55;
      ctx.lineWidth = c.selected ? 1.75 : 1;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(c.x1, c.y);
      ctx.quadraticCurveTo((c.x1 + c.x2) / 2, c.y - 2 * c.lift, c.x2, c.y);
      ctx.stroke();
      // The announcement end: a short upright tick, so the arc reads "from this day".
      ctx.beginPath();
      ctx.moveTo(c.x1, c.y - 4);
      ctx.lineTo(c.x1, c.y + 4);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }, [connectors, width, height, dpr]);
  return <canvas ref={ref} width={Math.round(width * dpr)} height={Math.round(height * dpr)} style={{ width, height }} aria-hidden="true" className="pointer-events-none absolute inset-0" />;
});
