import type { Token } from '../text/tokens.ts';

/** Prepositions that may stand between a verb and its reciprocal object ("fired on each other"). */
const RECIPROCAL_PREPOSITIONS = new Set(['on', 'at', 'against', 'with', 'to', 'of', 'upon']);

/**
 * "accused each other", "fired on one another": the object of the trigger is the subject's own parties, each
 * acting on the others. The object stands right after the trigger, a preposition and a short adverb aside.
 */
export function hasReciprocalObject(tokens: Token[], triggerEnd: number): boolean {
  let j = triggerEnd;
  if (RECIPROCAL_PREPOSITIONS.has(tokens[j]?.lower ?? '')) j++;
  const first = tokens[j]?.lower;
  const second = tokens[j + 1]?.lower;
  return (first === 'each' && second === 'other') || (first === 'one' && second === 'another');
}
