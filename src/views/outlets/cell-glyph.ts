import { MODALITIES, type Modality } from '../../model/bundle-schema.ts';
import type { CoverageCell } from '../../selectors/coverage.ts';
import { formatShortDate } from '../../model/day-format.ts';

/** How a modality is drawn in a matrix cell: fill, edge and strike, so that colour is never the only cue. */
export type GlyphSpec = { fill: 'full' | 'half' | 'none'; dash: string | null; strike: boolean };

const GLYPHS: Record<Modality, GlyphSpec> = {
  occurred: { fill: 'full', dash: null, strike: false },
  ongoing: { fill: 'half', dash: null, strike: false },
  planned: { fill: 'none', dash: null, strike: false },
  hypothetical: { fill: 'none', dash: '2 1.6', strike: false },
  denied: { fill: 'none', dash: null, strike: true },
};

/** Plain-words description of each glyph, for the legend. */
export const GLYPH_WORDS: Record<Modality, string> = {
  occurred: 'solid dot: occurred',
  ongoing: 'half-filled: ongoing',
  planned: 'hollow ring: planned',
  hypothetical: 'dashed ring: hypothetical',
  denied: 'struck ring: denied',
};

/** The glyph of one modality. */
export function glyphSpec(modality: Modality): GlyphSpec {
  return GLYPHS[modality];
}

/** The glyphs to draw in a cell: one per modality reported, firmest first, at most `max`. */
export function cellGlyphs(modalities: Modality[], max = 2): Modality[] {
  return [...new Set(modalities)].sort((a, b) => MODALITIES.indexOf(a) - MODALITIES.indexOf(b)).slice(0, max);
}

/** "planned", "planned and occurred", "occurred, planned and denied". */
export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The accessible name of a cell: "CGTN reported this as occurred on 7 Jul 2025", or that it did not. */
export function cellLabel(outlet: string, cell: CoverageCell | undefined): string {
  if (!cell) return `${outlet} did not report this`;
  const dates = cell.dates.length ? `on ${joinWords([...cell.dates].sort().map(formatShortDate))}` : 'without a date';
  const reports = cell.eventIds.length > 1 ? ` (${cell.eventIds.length} reports)` : '';
  return `${outlet} reported this as ${joinWords(cellGlyphs(cell.modalities, MODALITIES.length))} ${dates}${reports}`;
}

/** Whether an outlet's dates for an event differ from the date the cluster settled on. */
export function dateDiffers(cell: CoverageCell, rowDate: string | null): boolean {
  return rowDate !== null && cell.dates.some((d) => d !== rowDate);
}
