import type { Token } from '../text/tokens.ts';

// An act a party failed, has yet or stopped short of doing did not happen: "Russia and Ukraine failed to agree on a
// ceasefire", "Hamas has yet to respond to the proposal", "Washington stopped short of imposing sanctions",
// "Israel refrained from striking". Read alone, the infinitive is only hoped for (hypothetical) and the -ing verb
// after "of" or "from" is told as done.
const FAILING = new Set(['failed', 'fails', 'fail', 'failing']);
// "has yet to", "are yet to", "remains yet to": the auxiliary before "yet".
const YET_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'remains', 'remain']);
const STOPPING = new Set(['stopped', 'stops', 'stop', 'stopping']);
const REFRAINING = new Set(['refrained', 'refrains', 'refrain', 'refraining']);

/** The lower-case word at `k`, '' outside the sentence (a function: a named closure costs a microsecond under tsx). */
function wordAt(tokens: Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

/** The cue when the trigger at `triggerStart` is an act failed, not yet done or held back; null otherwise. */
export function failedAct(tokens: Token[], triggerStart: number): string | null {
  // "failed to fully withdraw": an adverb in -ly may stand after "to".
  const link = /^\p{Ll}+ly$/u.test(tokens[triggerStart - 1]?.text ?? '') ? triggerStart - 2 : triggerStart - 1;
  if (wordAt(tokens, link) === 'to') {
    if (FAILING.has(wordAt(tokens, link - 1))) return `${wordAt(tokens, link - 1)} to`;
    if (wordAt(tokens, link - 1) === 'yet' && YET_AUXILIARIES.has(wordAt(tokens, link - 2)))
      return `${wordAt(tokens, link - 2)} yet to`;
    return null;
  }
  if (!/ing$/.test(wordAt(tokens, triggerStart))) return null;
  if (wordAt(tokens, link) === 'of' && wordAt(tokens, link - 1) === 'short' && STOPPING.has(wordAt(tokens, link - 2)))
    return 'stopped short of';
  if (wordAt(tokens, link) === 'from' && REFRAINING.has(wordAt(tokens, link - 1)))
    return `${wordAt(tokens, link - 1)} from`;
  return null;
}
