import type { TimeDirection } from './resolve-date.ts';

// An act read as under way points forward from the report ("continues to shell", "will keep up"), but one a
// party went on with in the past tense was under way on a day gone by: "continued to shell Omdurman on Sunday",
// "kept up its strikes on Monday", "pressed on with the offensive on Thursday" name the last such weekday, as a
// past verb's day does.
const PAST_ASPECT = new Set(['continued', 'kept', 'sustained', 'pressed', 'carried', 'went', 'pushed']);

/** The direction a date of an ongoing act resolves in, from the cue that made it ongoing ("continued to"). */
export function ongoingDirection(cue: string): TimeDirection {
  return PAST_ASPECT.has(cue.split(' ')[0] ?? '') ? 'past' : 'future';
}
