import type { Modality, QuadClass } from '../../model/bundle-schema.ts';
import { MODALITY_STYLE, QUAD_COLOURS } from '../../components/palette.ts';

/** How one mark is painted; shared by the SVG and canvas renderers so both look the same. */
export type MarkPaint = {
  colour: string;
  /** Fill colour: the quad colour for facts, white for anything that did not (yet) happen. */
  fill: string;
  /** Dash pattern of the outline, or null for a solid line. */
  dash: number[] | null;
  /** Ongoing events get a dotted ring outside the solid disc (solid still means "real"). */
  outerRing: boolean;
  strike: boolean;
  /** Undated marks are faded: their x is a publication date, not the event's date. */
  opacity: number;
  /** Colour of the outlet count drawn inside the mark. */
  text: string;
};

/** Paint for a mark from its quad class, modality and whether its date is known. */
export function markPaint(quad: QuadClass, modality: Modality, dated: boolean): MarkPaint {
  const style = MODALITY_STYLE[modality];
  const colour = QUAD_COLOURS[quad];
  const dash = style.dash ? style.dash.split(' ').map(Number) : null;
  return {
    colour,
    fill: style.fill ? colour : '#ffffff',
    dash: style.fill ? null : dash,
    outerRing: style.fill && dash !== null,
    strike: style.strike,
    opacity: dated ? 1 : 0.45,
    // White on amber is too faint, and amber digits on white too: dark text there.
    text: style.fill && quad !== 'verbal-conflict' ? '#ffffff' : '#1e293b',
  };
}

/** Outline width: hollow marks need a thicker line to read as a shape rather than a dot. */
export const STROKE_WIDTH = 2;
