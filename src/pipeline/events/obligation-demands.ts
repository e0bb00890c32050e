import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';

// "Aliyev said Armenia must change its constitution", "Lavrov insisted that Kyiv should recognise ...": a speaker
// who says another party must or should act demands it of that party (CAMEO 10, PLOVER REQUEST), whatever the act
// is. The lexicon's entry "{say} ~ that? X must|should" reads the demand, its slot the party asked. When the act
// after the modal is itself a trigger ("said Hamas should disarm"), that act carries the demand (`demanderOf` in
// participants.ts) and the entry gives way, so the act keeps its own reading and its actor.
const OBLIGATION = new Set(['must', 'should']);
// Adverbs between the modal and the act ("must first leave", "should now stop").
const ADVERB = /ly$|^(first|still|now|also|then|again|at|once|too|finally|instead)$/;
// What makes the clause no demand on its party: a passive or perfect ("must be held to account", "should have
// known"), and a negated obligation, which is as often a wish about the party ("Ukraine must not lose").
const NOT_A_DEMAND = new Set(['be', 'have', 'not', "n't", 'never', 'no']);

/** A match of the lexicon's obligation entry: a REQUEST whose last word is "must" or "should". */
export function isObligationMatch(match: TriggerMatch, tokens: Token[]): boolean {
  return match.trigger.type === 'REQUEST' && OBLIGATION.has(tokens[match.tokenEnd - 1]?.lower ?? '');
}

/**
 * Whether a trigger stays: any trigger but the obligation entry does; the entry only when an act of the party's
 * own follows it (a bare verb, past adverbs) that no other trigger reads. `matches` are the sentence's triggers
 * kept so far.
 */
export function isObligationOfUnreadAct(match: TriggerMatch, tokens: Token[], matches: TriggerMatch[]): boolean {
  if (!isObligationMatch(match, tokens)) return true;
  let act = match.tokenEnd;
  while (act < tokens.length && ADVERB.test(tokens[act]!.lower)) act++;
  const word = tokens[act];
  if (!word?.isWord || NOT_A_DEMAND.has(word.lower)) return false;
  // An entry read only with a subject of its kind ("units leave") may well not read this act: it does not count.
  return !matches.some(
    (m) => m !== match && !m.trigger.subject && m.tokenStart >= match.tokenEnd && m.tokenStart <= act,
  );
}

/** Drops an obligation demand that asks no party of another side ("Netanyahu said Israel must ..."). */
export function withoutOwnSideDemands(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  return drafts.flatMap((d) => {
    if (!isObligationMatch(d.match, d.tokens)) return [d];
    const own = new Set(d.source.map((p) => sideOf(p.actorId)));
    const target = d.target.filter((p) => !own.has(sideOf(p.actorId)));
    if (target.length === 0) return [];
    return [target.length === d.target.length ? d : { ...d, target }];
  });
}
