import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import { HOST_VERBS } from './hosted-meetings.ts';

// Words that may stand between a mediating verb and its subject or agent ("Qatar has mediated", "by the UAE").
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'had', 'have', 'also', 'jointly', 'successfully']);

/**
 * The parties a sentence names as running, hosting or mediating something ("a truce brokered by Malaysia",
 * "Qatar mediated the talks", "with the African Union mediating", "Qatari-mediated talks"). A mediator takes part
 * in the meeting it runs, but it is neither side of what the two sides agree, and never "the other side" of an
 * act one of them does. Mentions by token start; empty (and no work past the cue test) without a host verb.
 */
export function mediatorMentions(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  if (!tokens.some((t) => HOST_VERBS.has(t.lower))) return [];
  const found: ActorMention[] = [];
  for (const m of mentions) if (isMediatorAt(m, tokens) || coordinatedWith(found.at(-1), m, tokens)) found.push(m);
  return found;
}

/** "mediated by Qatar and Turkey", "brokered by the US, Egypt and Qatar": the names joined to a mediator's. */
function coordinatedWith(mediator: ActorMention | undefined, m: ActorMention, tokens: readonly Token[]): boolean {
  if (!mediator) return false;
  let j = mediator.tokenEnd;
  while (j < m.tokenStart && COORDINATORS.has(tokens[j]!.lower)) j++;
  return j === m.tokenStart && j > mediator.tokenEnd;
}

const COORDINATORS = new Set([',', 'and', 'the']);

function isMediatorAt(m: ActorMention, tokens: readonly Token[]): boolean {
  // "brokered by Malaysia", "mediated by the African Union"
  const by = tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
  if (tokens[by]?.lower === 'by' && HOST_VERBS.has(tokens[by - 1]?.lower ?? '')) return true;
  // "Qatar mediated", "Qatar has brokered", "with the African Union mediating", "Qatari-mediated"
  let j = m.tokenEnd;
  if (tokens[j]?.text === '-') j++;
  while (BETWEEN_SUBJECT_AND_VERB.has(tokens[j]?.lower ?? '')) j++;
  return HOST_VERBS.has(tokens[j]?.lower ?? '');
}

/**
 * A meeting's parties for "the two sides" and "both countries": without its mediators when at least two remain
 * ("Turkey hosted talks between Russia and Ukraine. Both sides ..." are Russia and Ukraine, not Turkey).
 */
export function partiesBesideMediators(parties: readonly string[], mediators: ReadonlySet<string>): string[] {
  if (mediators.size === 0) return [...parties];
  const sides = parties.filter((id) => !mediators.has(id));
  // "mediated by Kenya and Egypt": the mediating, recorded as a meeting of the mediators alone, has no sides.
  if (sides.length === 0) return [];
  return sides.length >= 2 ? sides : [...parties];
}
