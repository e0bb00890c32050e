import type { EventDraft } from './event-records.ts';

// "The EU's sixteenth package targets Russian aluminium", "Canada's new sanctions target gang leaders": what a
// sanctions package or measures target, told in the simple present, is the content of the measure just taken, as
// a report of its adoption tells it (the lexicon's "package|sanctions|measures ... {target} X"). The tagger reads
// such a verb as a present of its own now and then, which the tense reading takes for a process under way.
const MEASURE_NOUNS = new Set(['package', 'packages', 'sanctions', 'measures', 'listings', 'designations']);
const PRESENT_TARGETING = new Set(['target', 'targets']);

/** Each SANCTION of a measure noun that targets, in the simple present, read as taken (occurred), not ongoing. */
export function withMeasureContentsTaken(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'SANCTION' || d.modality !== 'ongoing' || d.modalityCue !== 'present tense') return d;
    const { tokens, match } = d;
    if (!MEASURE_NOUNS.has(tokens[match.tokenStart]!.lower)) return d;
    const verb = tokens.slice(match.tokenStart + 1, match.tokenEnd).find((t) => PRESENT_TARGETING.has(t.lower));
    return verb ? { ...d, modality: 'occurred', modalityCue: 'present of what a measure targets (taken)' } : d;
  });
}
