import { brushX, type D3BrushEvent, type ScaleLinear, select } from 'd3';
import { type RefObject, useEffect, useRef } from 'react';
import { brushToBinDays, daysToBrush } from './trends-layout.ts';

/**
 * d3-brush on the chart's `<g>` (d3 touches the DOM only here): a user's brush end reports the whole bins it
 * covers (null when cleared), and the brush follows `range` whenever the date filter changes elsewhere.
 */
export function useTrendsBrush(
  ref: RefObject<SVGGElement | null>,
  x: ScaleLinear<number, number>,
  height: number,
  binDays: number,
  range: [number, number] | null,
  onBrush: (range: [number, number] | null) => void,
): void {
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  });
  const brushRef = useRef<ReturnType<typeof brushX<unknown>> | null>(null);
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const [x0, x1] = x.range() as [number, number];
    const first = x.domain()[0]!;
    const brush = brushX<unknown>()
      .extent([
        [x0, 0],
        [x1, height],
      ])
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return; // our own programmatic move
        const sel = e.selection as [number, number] | null;
        onBrushRef.current(sel ? brushToBinDays(sel, x, first, binDays) : null);
      });
    select(g).call(brush);
    brushRef.current = brush;
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [ref, x, height, binDays]);
  useEffect(() => {
    const g = ref.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    const [x0, x1] = x.range() as [number, number];
    // A range reaching past the bars is shown clipped to them.
    const px = range && daysToBrush(range, x).map((p) => Math.min(x1, Math.max(x0, p)));
    select(g).call(brush.move, px && px[1]! > px[0]! ? (px as [number, number]) : null);
  }, [ref, x, range]);
}
