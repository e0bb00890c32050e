import type { TriggerMatch } from '../events/find-triggers.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';

// Words opening a clause that happens at the same time as the one beside it.
const AT_THE_SAME_TIME = new Set(['as', 'while']);
// "as part of", "as well as", "as a warning": "as" heading a phrase, not a clause.
const PHRASE_AFTER_AS = new Set(['part', 'well', 'a', 'an', 'the', 'such', 'long', 'soon', 'much', 'many', 'of']);
// How many words may stand between the opener and the clause's verb (its subject).
const SUBJECT_REACH = 6;

/** Whether token `j` opens a clause of "as" or "while" (not "as part of", "as well as"). */
export function opensSimultaneousClause(tokens: Token[], j: number): boolean {
  return AT_THE_SAME_TIME.has(tokens[j]?.lower ?? '') && !PHRASE_AFTER_AS.has(tokens[j + 1]?.lower ?? '');
}

/** A verb in the past, by the form the lexicon matched or, failing that, its ending. */
function pastVerb(m: TriggerMatch, tokens: Token[]): boolean {
  if (m.trigger.isNoun) return false;
  const verb = tokens[m.verbToken ?? m.tokenStart];
  if (verb?.pos !== 'VERB') return false;
  return m.verbForms ? m.verbForms.includes('past') : verb.lower.endsWith('ed');
}

/** The index of the opener that starts the clause of `m`, when the words before `m` are only its subject. */
function openerBefore(m: TriggerMatch, tokens: Token[], all: TriggerMatch[]): number {
  const verb = m.verbToken ?? m.tokenStart;
  for (let k = verb - 1; k >= Math.max(0, verb - SUBJECT_REACH - 1); k--) {
    const t = tokens[k]!;
    if (AT_THE_SAME_TIME.has(t.lower)) return opensSimultaneousClause(tokens, k) && k + 1 < verb ? k : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || isClauseBoundary(t, tokens[k + 1])) return -1;
    if (all.some((o) => o !== m && !o.trigger.isNoun && o.tokenStart <= k && k < o.tokenEnd)) return -1;
  }
  return -1;
}

/**
 * "Pakistan shelled Indian posts on Thursday while India recalled its envoy", "Russia fired missiles at Kharkiv
 * as Zelensky met Macron in Paris on Wednesday": two verbs in the past, one in a clause of "as" or "while" right
 * after the other's clause, happened at the same time; whether `match` shares the date its `owner` has, the
 * date ending at token `dateEnd`.
 */
export function sharesSimultaneousDate(
  match: TriggerMatch,
  owner: TriggerMatch,
  dateEnd: number,
  tokens: Token[],
  all: TriggerMatch[],
): boolean {
  if (!pastVerb(match, tokens) || !pastVerb(owner, tokens)) return false;
  const [first, second] = match.tokenStart < owner.tokenStart ? [match, owner] : [owner, match];
  const opener = openerBefore(second, tokens, all);
  if (opener < 0) return false;
  // The first clause runs to the opener with no other verb, and the date lies in the owner's clause.
  for (let k = first.tokenEnd; k < opener; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isClauseBoundary(t, tokens[k + 1])) return false;
    if (AT_THE_SAME_TIME.has(t.lower)) return false;
  }
  return owner === first ? dateEnd <= opener : dateEnd > opener;
}
