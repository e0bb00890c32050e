import type { TriggerMatch } from '../events/find-triggers.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import type { DateExpression } from './date-expressions.ts';

// Verbs that tell an event's start, with the particle some of them take ("broke out", "flared up").
const BEGAN = new Set(['began', 'begun', 'started', 'erupted', 'broke', 'flared', 'opened', 'resumed', 'launched']);
const PARTICLES = new Set(['out', 'up']);
const RELATIVE = new Set(['which', 'that']);
const PERFECT = new Set(['had', 'has', 'have', 'was', 'were', 'been', 'first']);
// How far the relative clause may stand from the noun it follows ("killings on the coast, which").
const NOUN_PHRASE_REACH = 6;

/** "Shelling of the villages, which ...": a gerund opening the sentence or after a determiner names the event. */
function gerundSubject(match: TriggerMatch, tokens: Token[]): boolean {
  const before = tokens[match.tokenStart - 1];
  return tokens[match.tokenStart]!.lower.endsWith('ing') && (!before || before.pos === 'DET' || before.pos === 'ADJ');
}

/**
 * "Clashes on the border, which erupted on Friday, spread ...", "the offensive that began last week": a
 * relative clause telling when an event noun began dates that event from its start, as "since April" does a
 * running one. The date expression of such a clause after `match`, or null.
 */
export function startDateOf(
  dates: DateExpression[],
  tokens: Token[],
  match: TriggerMatch,
  at: (offset: number) => number,
): DateExpression | null {
  if (!match.trigger.isNoun && tokens[match.tokenStart]?.pos !== 'NOUN' && !gerundSubject(match, tokens)) return null;
  let k = match.tokenEnd;
  const reach = Math.min(tokens.length, match.tokenEnd + NOUN_PHRASE_REACH);
  for (; k < reach && !RELATIVE.has(tokens[k]!.lower); k++) {
    const t = tokens[k]!;
    if (t.text === ',' && RELATIVE.has(tokens[k + 1]?.lower ?? '')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isClauseBoundary(t, tokens[k + 1]) || t.text === ',') return null;
  }
  if (k >= reach) return null;
  let verb = k + 1;
  while (PERFECT.has(tokens[verb]?.lower ?? '')) verb++;
  if (!BEGAN.has(tokens[verb]?.lower ?? '')) return null;
  const after = PARTICLES.has(tokens[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
  const date = dates.find((d) => d.meaning.kind !== 'relation' && at(d.start) >= after && at(d.start) <= after + 1);
  return date ? { ...date, meaning: { ...date.meaning, tense: 'past' } } : null;
}
