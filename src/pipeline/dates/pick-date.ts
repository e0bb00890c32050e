import type { TriggerMatch } from '../events/find-triggers.ts';
import { REPORTING_VERBS } from '../text/clauses.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import type { DateExpression } from './date-expressions.ts';

// Words that open a subordinate clause: a date beyond them belongs to that clause's own verb.
// Only openers that move time do: "as", "while" and "where" clauses share the main clause's time.
const CLAUSE_OPENERS = new Set(['since', 'after', 'before', 'when', 'until']);

// "PORT ALDER, March 30 (Meridian Wire) —": a dateline gives the filing date, not an event's date.
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]+,\s*(.{3,25}?)\s*(?:\([^)]{2,40}\))?\s*[—–-]/u;

/** Drops the date of a dateline opening the sentence. */
export function withoutDateline(dates: DateExpression[], sentence: Sentence): DateExpression[] {
  const m = DATELINE.exec(sentence.text);
  if (!m) return dates;
  const end = sentence.start + m[0].length;
  return dates.filter((d) => d.start >= end);
}

/**
 * "met in Argyle on Thursday and agreed ...": a date right before "and" and a later verb dates the verbs it
 * joins, so the nearer one does not take it from the first.
 */
function coordinatedAfter(
  other: TriggerMatch,
  d: DateExpression,
  dateEnd: number,
  tokens: Token[],
  match: TriggerMatch,
): boolean {
  if (other.tokenStart < dateEnd || match.tokenEnd > dateEnd) return false;
  const between = tokens.slice(dateEnd, other.tokenStart).map((t) => t.lower);
  return (
    between.length >= 1 && between.length <= 2 && between[0] === 'and' && d.start >= tokens[match.tokenEnd - 1]!.end
  );
}

/**
 * "since 2022", "after a dinner on Monday", "until January 20": a date inside such a phrase is a point the
 * event is measured from, or another event's date, not the event's own.
 */
function referencePoint(i: number, tokens: Token[]): boolean {
  for (let k = i; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (CLAUSE_OPENERS.has(t.lower)) return true;
    if (k < i && (!t.isWord || t.pos === 'VERB' || t.pos === 'AUX')) return false;
  }
  return false;
}

// Events that are themselves words: a rejection, an accusation, a demand or a warning happens when it is said.
const SPEECH_ACTS = new Set(['REJECT', 'ACCUSE', 'REQUEST', 'THREATEN', 'SUPPORT']);

/** "Iran rejected the talks, its spokesman said on Monday": the day of saying dates a speech act. */
function saidOn(i: number, tokens: Token[], match: TriggerMatch, clause: [number, number]): boolean {
  return (
    SPEECH_ACTS.has(match.trigger.type) && REPORTING_VERBS.has(tokens[clause[1]]?.lower ?? '') && i - clause[1] <= 3
  );
}

/**
 * The date expression nearest the trigger, unless another trigger stands nearer to it. An expression in
 * another clause ("since ... in January") dates something else, except the clause of a verb of saying
 * that introduces this one ("Trump said Sunday that talks ..."): then it is the date of the statement.
 */
export function pickDateExpression(
  dates: DateExpression[],
  tokens: Token[],
  match: TriggerMatch,
  all: TriggerMatch[],
  clause: [number, number],
): DateExpression | null {
  const at = (offset: number) => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
  const usable = (d: DateExpression) => {
    const i = at(d.start);
    if (i >= clause[0] && i < clause[1]) return !referencePoint(i, tokens);
    if (i >= clause[0]) return saidOn(i, tokens, match, clause);
    const between = tokens.slice(at(d.end), clause[0]);
    return between.some((t) => REPORTING_VERBS.has(t.lower)) || !between.some((t) => CLAUSE_OPENERS.has(t.lower));
  };
  dates = dates.filter(usable);
  const distance = (m: TriggerMatch, d: DateExpression) => {
    const i = at(d.start);
    return i < m.tokenStart ? m.tokenStart - i : Math.max(0, i - m.tokenEnd + 1);
  };
  // The day of a trailing "..., officials said on Monday" is the speech act's, whichever trigger stands nearer.
  const mine = dates.filter(
    (d) =>
      saidOn(at(d.start), tokens, match, clause) ||
      all.every(
        (other) =>
          other === match ||
          distance(match, d) <= distance(other, d) ||
          other.trigger.type === match.trigger.type ||
          coordinatedAfter(other, d, at(d.end), tokens, match),
      ),
  );
  return [...mine].sort((a, b) => distance(match, a) - distance(match, b))[0] ?? null;
}
