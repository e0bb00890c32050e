import { MODALITIES, type Modality } from '../../model/bundle-schema.ts';
import { GLYPH_WORDS, glyphSpec } from './cell-glyph.ts';

type Props = { modality: Modality; colour: string; size?: number };

/** One modality mark: solid, half, hollow, dashed or struck, in the outlet's colour (decorative). */
export function ModalityGlyph({ modality, colour, size = 14 }: Props) {
  const spec = glyphSpec(modality);
  const c = size / 2;
  const r = size / 2 - 1.5;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="shrink-0"
    >
      <circle
        cx={c}
        cy={c}
        r={r}
        fill={spec.fill === 'full' ? colour : 'white'}
        stroke={colour}
        strokeWidth={1.6}
        strokeDasharray={spec.dash ?? undefined}
      />
      {/* Ongoing: the left half filled, read as "under way". */}
      {spec.fill === 'half' && <path d={`M ${c} ${c - r} A ${r} ${r} 0 0 0 ${c} ${c + r} Z`} fill={colour} />}
      {spec.strike && (
        <line x1={c - r - 0.5} y1={c + r + 0.5} x2={c + r + 0.5} y2={c - r - 0.5} stroke={colour} strokeWidth={1.6} />
      )}
    </svg>
  );
}

/** The key to the cell glyphs, shown under the matrix. */
export function GlyphLegend() {
  return (
    <ul aria-label="Cell legend" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      {MODALITIES.map((m) => (
        <li key={m} className="flex items-center gap-1">
          <ModalityGlyph modality={m} colour="#334155" size={12} />
          {GLYPH_WORDS[m]}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-flex h-3 w-3 items-center justify-center">
          <span className="h-1 w-1 rounded-full bg-slate-300" />
        </span>
        empty: not reported
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="font-semibold text-slate-700">
          ≠
        </span>
        outlet's date differs
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="font-semibold text-slate-700">
          ↻
        </span>
        reuses another outlet's text
      </li>
      <li>“2 of 3 indep.”: outlets not reusing another’s text</li>
    </ul>
  );
}
