import { memo } from 'react';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { LABEL_FONT_PX, LABEL_HEIGHT, type MarkLabel } from './cluster-labels.ts';
import { markKey } from './svg-marks.tsx';

/**
 * The largest clusters' headlines over the marks. A click on a headline opens its cluster's evidence, as a
 * click on its mark does (a drag that starts on a label still pans: the zoom behaviour sits on the parent
 * and swallows the click after a drag). Hidden from assistive technology: each mark already has its
 * accessible name, and the marks' list is the keyboard path.
 */
export const ClusterLabelLayer = memo(function ClusterLabelLayer({
  labels,
  width,
  height,
  onSelect,
}: {
  labels: MarkLabel[];
  width: number;
  height: number;
  onSelect: (m: TimelineMark) => void;
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
          className="pointer-events-auto cursor-pointer fill-slate-900 font-medium hover:underline"
          onClick={() => onSelect(l.mark)}
        >
          {l.text}
        </text>
      ))}
    </svg>
  );
});
