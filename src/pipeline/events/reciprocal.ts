import type { Token } from '../text/tokens.ts';

/** Prepositions that may stand between a verb and its reciprocal object ("fired on each other"). */
const RECIPROCAL_PREPOSITIONS = new Set(['on', 'at', 'against', 'with', 'to', 'of', 'upon']);

/**
 * "accused each other", "fired on one another": the object of the trigger is the subject's own parties, each
 * acting on the others. The object stands right after the trigger, a preposition and a short adverb aside.
 */
export function hasReciprocalObject(tokens: Token[], triggerEnd: number): boolean {
  let j = triggerEnd;
  // "threaten or use force against each other": a verb coordinated with the trigger shares its object.
  if (tokens[j]?.lower === 'or' || tokens[j]?.lower === 'and') j = sharedObjectStart(tokens, j + 1);
  if (RECIPROCAL_PREPOSITIONS.has(tokens[j]?.lower ?? '')) j++;
  return isReciprocal(tokens, j);
}

function isReciprocal(tokens: Token[], j: number): boolean {
  const first = tokens[j]?.lower;
  const second = tokens[j + 1]?.lower;
  return (first === 'each' && second === 'other') || (first === 'one' && second === 'another');
}

/** Where the object of "or <verb> [a noun] <preposition>" starts, up to three words on; else where it started. */
function sharedObjectStart(tokens: Token[], from: number): number {
  for (let j = from; j < from + 3 && tokens[j]?.isWord; j++)
    if (RECIPROCAL_PREPOSITIONS.has(tokens[j]!.lower) && isReciprocal(tokens, j + 1)) return j;
  return from;
}
