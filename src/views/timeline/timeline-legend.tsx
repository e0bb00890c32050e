import { MODALITIES, type Modality, QUAD_CLASSES } from '../../model/bundle-schema.ts';
import { MODALITY_STYLE, QUAD_COLOURS, QUAD_LABELS } from '../../components/palette.ts';
import { markPaint, STROKE_WIDTH } from './mark-style.ts';

// Modality swatches are neutral grey: in the legend, style alone must carry the meaning.
const INK = '#475569';

/** A small mark drawn exactly as on the chart, for the legend. */
function Swatch({ modality, dated = true, count }: { modality: Modality; dated?: boolean; count?: number }) {
  const paint = markPaint('verbal-cooperation', modality, dated);
  const solid = paint.fill === paint.colour;
  const r = count ? 7 : 5;
  return (
    <svg width={22} height={18} aria-hidden="true" className="inline-block shrink-0 align-middle">
      <g transform="translate(11,9)" opacity={paint.opacity} stroke={INK}>
        {paint.outerRing && <circle r={r + 2} fill="none" strokeWidth={1.5} strokeDasharray="2 2" />}
        <circle r={solid ? r : r - STROKE_WIDTH / 2} fill={solid ? INK : '#fff'} strokeWidth={solid ? 0 : STROKE_WIDTH} strokeDasharray={paint.dash?.join(' ')} />
        {paint.strike && <line x1={-r - 3} x2={r + 3} strokeWidth={2} />}
        {count && (
          <text textAnchor="middle" dominantBaseline="central" fill="#fff" stroke="none" className="text-[9px] font-bold">
            {count}
          </text>
        )}
      </g>
    </svg>
  );
}

/** Colour is the quad class; style is the modality (never colour alone); faded means the date is unknown. */
export function TimelineLegend() {
  return (
    <div aria-label="Legend" role="group" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
      {QUAD_CLASSES.map((q) => (
        <span key={q} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: QUAD_COLOURS[q] }} />
          {QUAD_LABELS[q]}
        </span>
      ))}
      <span aria-hidden="true" className="text-slate-300">|</span>
      {MODALITIES.map((m) => (
        <span key={m} className="inline-flex items-center">
          <Swatch modality={m} />
          {MODALITY_STYLE[m].label.replace(/ \(.*\)$/, '')}
        </span>
      ))}
      <span className="inline-flex items-center">
        <Swatch modality="occurred" dated={false} />
        date not stated (bottom rows, at publication day)
      </span>
      <span className="inline-flex items-center">
        <Swatch modality="occurred" count={3} />
        reported by 3 outlets
      </span>
      <span className="inline-flex items-center gap-1">
        <svg width={26} height={14} aria-hidden="true" className="inline-block shrink-0 align-middle">
          <path d="M3 11 Q13 -1 23 11" fill="none" stroke="#64748b" />
          <line x1={3} x2={3} y1={7} y2={14} stroke="#64748b" />
          <circle cx={23} cy={11} r={2.5} fill={INK} />
        </svg>
        promise kept: announced (tick) → reported held
      </span>
    </div>
  );
}
