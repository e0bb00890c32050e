import type { Token } from './tokens.ts';

// Verbs that pass an infinitive's reading on to the act they govern: beginning, going on with or helping to do
// something is doing it, for whom acts and whether it is promised ("agreed to begin disarming", "pledged to keep
// sending", "promised to help build", "vowed to start to withdraw"). Stopping is not: it undoes the act.
const WITH_ING = new Set(['begin', 'start', 'continue', 'keep', 'resume']);
const WITH_INFINITIVE = new Set(['begin', 'start', 'continue', 'help']);

/**
 * The "to" that governs the verb at `verb` through an aspectual or helping verb ("to begin disarming", "to
 * start to withdraw", "to help build"), or -1 when no such verb stands between them.
 */
export function toThroughAspect(tokens: readonly Token[], verb: number): number {
  const previous = tokens[verb - 1]?.lower ?? '';
  if (tokens[verb - 2]?.lower === 'to') {
    if (WITH_ING.has(previous) && /ing$/.test(tokens[verb]?.lower ?? '')) return verb - 2;
    if (previous === 'help') return verb - 2;
  }
  if (previous === 'to' && WITH_INFINITIVE.has(tokens[verb - 2]?.lower ?? '') && tokens[verb - 3]?.lower === 'to')
    return verb - 3;
  return -1;
}
