import type { PloverType } from '../../model/bundle-schema.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

// Welcoming or praising the end of another party's hostile act ("welcomed the end of Russian aggression",
// "hailed a halt to Azerbaijani shelling") is no support for that party: what is welcomed is that its act
// stopped. The party owning the ended act (a demonym, a possessive or a name before the act noun) is not the
// target of the positive stance; a party after "between" (the war's sides) or any other keeps its place.
const POSITIVE_TYPES = new Set<PloverType>(['SUPPORT']);
// Nouns of an ending.
const END_NOUNS = new Set(['end', 'ending', 'halt', 'cessation', 'stop', 'suspension']);
// Nouns of a hostile act another party does: force, occupation, pressure.
const HOSTILE_NOUNS = new Set([
  ...['aggression', 'occupation', 'invasion', 'attack', 'attacks', 'strikes', 'airstrikes', 'shelling', 'bombing'],
  ...['bombings', 'bombardment', 'raids', 'incursions', 'offensive', 'blockade', 'siege', 'hostilities', 'war'],
  ...['fighting', 'violence', 'atrocities', 'crackdown', 'repression', 'persecution', 'rule', 'campaign'],
]);
// Words between the trigger and the end noun: an article or an adjective ("the long-awaited end").
const END_REACH = 3;
// Words between "of"/"to" and the hostile noun: the owner and its modifiers ("the Israeli naval blockade").
const OWNER_REACH = 5;

/** Positive stances on the end of a party's hostile act, without that party as their target. */
export function withoutEndedActOwners(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => {
    if (!POSITIVE_TYPES.has(d.type) || d.target.length === 0) return d;
    const owner = endedActOwnerSpan(d.tokens, d.match.tokenEnd);
    if (!owner) return d;
    const target = d.target.filter((p) => !p.span || p.span.end <= owner.start || p.span.start >= owner.end);
    return target.length === d.target.length ? d : { ...d, target };
  });
}

/** The text span between "the end of" and the hostile noun it ends, when the trigger's object is such an end. */
function endedActOwnerSpan(tokens: Token[], from: number): { start: number; end: number } | null {
  let end = -1;
  for (let j = from; j < Math.min(tokens.length, from + END_REACH); j++)
    if (END_NOUNS.has(tokens[j]!.lower)) {
      end = j;
      break;
    }
  if (end < 0) return null;
  const of = tokens[end + 1]?.lower;
  if (of !== 'of' && of !== 'to') return null;
  for (let j = end + 2; j < Math.min(tokens.length, end + 2 + OWNER_REACH); j++) {
    const word = tokens[j]!.lower;
    if (word === 'between' || word === ',') return null;
    if (HOSTILE_NOUNS.has(word)) return j > end + 2 ? { start: tokens[end + 2]!.start, end: tokens[j]!.start } : null;
  }
  return null;
}
