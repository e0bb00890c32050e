import type { TimeDirection } from './resolve-date.ts';

// An act read as under way points forward from the report ("continues to shell", "will keep up"), but one a
// party went on with in the past tense was under way on a day gone by: "continued to shell Omdurman on Sunday",
// "kept up its strikes on Monday", "pressed on with the offensive on Thursday" name the last such weekday, as a
// past verb's day does, and so do "were still shelling ... on Sunday" and "was continuing on Monday".
const PAST_BE = new Set(['was', 'were', 'had']);
const PAST_ASPECT = new Set(['continued', 'kept', 'sustained', 'pressed', 'carried', 'went', 'pushed']);

/**
 * The direction a date of an ongoing act resolves in, from the cue that made it ongoing ("continued to") and the
 * words before the trigger (lowered).
 */
export function ongoingDirection(cue: string, before: readonly string[] = []): TimeDirection {
  if (PAST_ASPECT.has(cue.split(' ')[0] ?? '')) return 'past';
  return before.slice(-3).some((w) => PAST_BE.has(w)) ? 'past' : 'future';
}
