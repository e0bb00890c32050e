import { isClauseBoundary } from './clauses.ts';
import type { Token } from './tokens.ts';

// Conjunctions that may join two clauses with a subject each ("shelled the port and Belarus held drills").
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const DETERMINERS = new Set(['the', 'its', 'their']);
// Finite forms the tagger may read as nouns or adjectives after a name ("and Moscow has", "and Kyiv says").
const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can']);
const NAME_JOINERS = new Set(['-', 'al', 'of', 'the']);

/**
 * The finite verb of a clause joined by a conjunction whose subject is the name over tokens [start, end), else -1:
 * "and" (or "but", "while") right before the name or its article, and a finite verb right after it, past an
 * adverb ("and Chad later condemned", "and Egypt urged restraint"). Such a name is no object of the verb before
 * the conjunction, and no member of that verb's object group. Names joined to a name that is no verb's or
 * preposition's object ("India and Pakistan agreed") are one subject, and a participle ("and Iran, fearing ...")
 * or a noun after the name is no finite verb.
 */
export function joinedClauseVerb(tokens: readonly Token[], start: number, end: number): number {
  let before = start - 1;
  if (DETERMINERS.has(tokens[before]?.lower ?? '')) before--;
  if (!CLAUSE_JOINERS.has(tokens[before]?.lower ?? '')) return -1;
  if (!followsObject(tokens, before)) return -1;
  let verb = end;
  // "'s" makes the name an owner ("and Iran's foreign minister said"): the clause's subject is the owned noun.
  if (/^['’]s$/.test(tokens[verb]?.text ?? '')) return -1;
  if (tokens[verb]?.pos === 'ADV' && !tokens[verb]!.lower.endsWith('ing')) verb++;
  return isFiniteVerb(tokens[verb]) ? verb : -1;
}

/** Whether a name after "and" opens a clause of its own (`joinedClauseVerb`). */
export function opensJoinedClause(tokens: readonly Token[], start: number, end: number): boolean {
  return joinedClauseVerb(tokens, start, end) >= 0;
}

/**
 * Whether what stands before the conjunction at `joiner` ends an object: a common noun ("shelled the port and"),
 * or a name that a verb or a preposition governs ("attacked Afghanistan and"), not a name opening the clause.
 */
function followsObject(tokens: readonly Token[], joiner: number): boolean {
  let k = joiner - 1;
  if (!tokens[k]?.capitalised) return tokens[k]?.isWord === true;
  while (k > 0 && (tokens[k - 1]!.capitalised || NAME_JOINERS.has(tokens[k - 1]!.lower))) k--;
  const governor = tokens[k - 1];
  // "as Norway and Iceland watched": a word opening a clause governs no object; the names are its subject.
  if (governor === undefined || isClauseBoundary(governor, tokens[k])) return false;
  return governor.pos === 'VERB' || governor.pos === 'ADP';
}

function isFiniteVerb(token: Token | undefined): boolean {
  if (!token || !token.isWord || token.capitalised) return false;
  if (FINITE_AUXILIARIES.has(token.lower)) return true;
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return !token.lower.endsWith('ing');
}
