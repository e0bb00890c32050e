import type { Modality } from '../../model/bundle-schema.ts';
import type { TimeDirection } from '../dates/resolve-date.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';

/** The modality an act's state of effect gives it, with its cue. */
export type EffectReading = { modality: Modality; cue: string; direction: TimeDirection };

// "sanctions ... remain in place", "the ban is in force", "the cap stays in effect": a measure that holds now.
const HOLDING_VERBS = new Set(['is', 'are', "'s", "'re", 'remain', 'remains', 'stay', 'stays']);
const IN_EFFECT = new Set(['force', 'place', 'effect']);
// "the cap takes effect on September 3", "the truce comes into force at midnight": the present of coming into
// effect is a schedule (news puts what is due in the present), not a state that holds.
const COMING_VERBS = new Set(['takes', 'take', 'comes', 'come', 'enters', 'enter']);
const COMING_INTO = new Set(['effect', 'force']);
// How far after a noun its predicate may stand ("EU sanctions on Russia's energy sector remain in place").
const REACH = 12;

/**
 * "EU sanctions on Russia remain in place" (ongoing), "the truce takes effect on Monday" (planned): the
 * modality a measure or truce takes from the verb of effect that is its predicate, or that its trigger
 * includes. Null when the act has no such predicate, or when its tense is past ("took effect": occurred,
 * read as any past tense).
 */
export function readEffectState(tokens: Token[], triggerStart: number, clauseEnd: number): EffectReading | null {
  const end = Math.min(clauseEnd, triggerStart + REACH);
  for (let k = triggerStart; k < end; k++) {
    const word = tokens[k]!.lower;
    if (k > triggerStart && isClauseBoundary(tokens[k]!, tokens[k + 1])) return null;
    if (HOLDING_VERBS.has(word) && holdsInEffect(tokens, k + 1))
      return { modality: 'ongoing', cue: `${word} in effect`, direction: 'future' };
    if (COMING_VERBS.has(word) && comesIntoEffect(tokens, k + 1))
      return { modality: 'planned', cue: `${word} into effect (scheduled)`, direction: 'future' };
  }
  return null;
}

/** "in place", "still in force", "fully in effect": the words after a verb of holding. */
function holdsInEffect(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV' && tokens[k]!.lower !== 'in') k++;
  return tokens[k]?.lower === 'in' && IN_EFFECT.has(tokens[k + 1]?.lower ?? '');
}

/** "effect", "into force", "into effect": the words after a verb of coming into effect. */
function comesIntoEffect(tokens: Token[], from: number): boolean {
  const next = tokens[from]?.lower ?? '';
  return COMING_INTO.has(next) || (next === 'into' && COMING_INTO.has(tokens[from + 1]?.lower ?? ''));
}
