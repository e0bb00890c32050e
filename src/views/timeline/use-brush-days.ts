import { brushX, type D3BrushEvent, type ScaleLinear, select } from 'd3';
import { type RefObject, useEffect, useRef } from 'react';
import { brushToDays, type DayRange, daysToBrush } from './timeline-scales.ts';

/**
 * d3-brush on the overview's `<g>`: a user's brush end reports whole days (null when cleared); the brush is
 * moved programmatically whenever `range` changes elsewhere (From/To inputs, Reset, the URL).
 */
export function useBrushDays(ref: RefObject<SVGGElement | null>, x: ScaleLinear<number, number>, height: number, range: DayRange | null, onBrush: (range: DayRange | null) => void): void {
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  });
  const brushRef = useRef<ReturnType<typeof brushX<unknown>> | null>(null);
  const [x0, x1] = x.range() as [number, number];
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([[x0, 0], [x1, height]])
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return; // our own programmatic move
        const sel = e.selection as [number, number] | null;
        onBrushRef.current(sel ? brushToDays(sel, x) : null);
      });
    select(g).call(brush);
    brushRef.current = brush;
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [ref, x, x0, x1, height]);
  useEffect(() => {
    const g = ref.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    select(g).call(brush.move, range ? daysToBrush(range, x) : null);
  }, [ref, x, range]);
}
