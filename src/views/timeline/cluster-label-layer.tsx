import { memo } from 'react';
import { LABEL_FONT_PX, LABEL_HEIGHT, type MarkLabel } from './cluster-labels.ts';
import { markKey } from './svg-marks.tsx';

/**
 * The largest clusters' headlines over the marks. Hidden from assistive technology (each mark already has
 * its accessible name) and from the pointer (a drag on a label still pans, a click reaches the mark).
 */
export const ClusterLabelLayer = memo(function ClusterLabelLayer({
  labels,
  width,
  height,
}: {
  labels: MarkLabel[];
  width: number;
  height: number;
}) {
  if (labels.length === 0) return null;
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      data-testid="cluster-labels"
      className="pointer-events-none absolute inset-0 select-none"
    >
      {labels.map((l) => (
        <text
          key={markKey(l.mark)}
          x={l.x + 2}
          y={l.y + LABEL_HEIGHT / 2}
          dominantBaseline="central"
          fontSize={LABEL_FONT_PX}
          // A white halo keeps the text legible over gridlines and smaller marks.
          stroke="white"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
          className="fill-slate-900 font-medium"
        >
          {l.text}
        </text>
      ))}
    </svg>
  );
});
