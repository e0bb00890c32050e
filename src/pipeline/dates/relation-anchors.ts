import type { TriggerMatch } from '../events/find-triggers.ts';
import type { Token } from '../text/tokens.ts';
import type { DateExpression } from './date-expressions.ts';

/**
 * "agreed to disarm on Wednesday, a day after the offensive began": a date that ", N days after X" measures
 * against another event is the day of what the sentence reports, the verb that governs the infinitive before
 * the date, not only the infinitive (which on its own may be a plan: "agreed to meet on Friday"). Whether
 * `match` governs the infinitive `owner` that owns date `d`, and a relation follows the date at once.
 */
export function anchorsRelation(
  match: TriggerMatch,
  owner: TriggerMatch,
  d: DateExpression,
  dates: DateExpression[],
  tokens: Token[],
  at: (offset: number) => number,
): boolean {
  if (match.trigger.isNoun || owner.tokenStart <= match.tokenStart) return false;
  const to = owner.tokenStart - 1;
  if (tokens[to]?.lower !== 'to' || to > match.tokenEnd || to < match.tokenEnd - 1) return false;
  const end = at(d.end);
  return dates.some((r) => {
    if (r.meaning.kind !== 'relation' || r.meaning.sign !== 1) return false;
    const start = at(r.start);
    return start > end && start - end <= 1 && tokens.slice(end, start).every((t) => t.text === ',');
  });
}
