import type { Token } from '../text/tokens.ts';
import { REPORTING_VERBS } from '../text/clauses.ts';

// How far after an act its condition or its new date is looked for: the rest of a news clause.
const REACH = 20;

/**
 * "would join the talks only if Kinshasa negotiates", "committed to pulling out its troops within a year if the
 * rebels disarm": a condition in the act's own stretch of the sentence, after it. The stretch ends at ";", at a
 * comma before "and" or "but" (another clause), or at a verb of saying (another report). "even if" concedes,
 * it sets no condition.
 */
export function conditionOfAct(tokens: Token[], from: number): 'if' | 'unless' | null {
  for (let j = from; j < Math.min(tokens.length, from + REACH); j++) {
    const word = tokens[j]!.lower;
    if ((word === 'if' && tokens[j - 1]?.lower !== 'even') || word === 'unless') return word;
    if (word === 'provided' && tokens[j + 1]?.lower === 'that') return 'if';
    if (word === ';' || REPORTING_VERBS.has(word)) return null;
    if (word === ',' && /^(and|but|while)$/.test(tokens[j + 1]?.lower ?? '')) return null;
  }
  return null;
}

// "rescheduled for Friday", "postponed for next month" too (not "for logistical reasons": no time follows).
const RESCHEDULING = new Set(['until', 'till', 'to', 'for']);
const NEW_TIME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|(mon|tues|wednes|thurs|fri|satur|sun)day|next|later|early|late|mid|tomorrow|the|\d+)$/;

/**
 * "postponed until next week", "the summit was pushed back to March": an act put off to a new date is still
 * planned; put off with no new date ("postponed indefinitely", "delayed again") it will not take place as
 * announced.
 */
export function hasNewDate(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, tokens.length - 1, from + REACH); j++)
    if (RESCHEDULING.has(tokens[j]!.lower) && NEW_TIME.test(tokens[j + 1]!.lower)) {
      // "to the end of the month" is a date; "to the capital" is a place.
      if (tokens[j + 1]!.lower !== 'the') return true;
      if (/^(end|start|beginning|middle|autumn|spring|summer|winter|week|weekend)$/.test(tokens[j + 2]?.lower ?? ''))
        return true;
    }
  return false;
}
