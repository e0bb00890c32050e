import { type Token, wordsAt } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** Verbs of mediating an agreement between others ("brokered", "mediated", "facilitated"). */
const MEDIATION_VERBS = new Set([
  'broker',
  'brokers',
  'brokered',
  'brokering',
  'mediate',
  'mediates',
  'mediated',
  'mediating',
  'facilitate',
  'facilitates',
  'facilitated',
  'facilitating',
]);

/** What two sides agree on that a third party brokers. */
const AGREEMENT_NOUNS = new Set([
  'ceasefire',
  'ceasefires',
  'truce',
  'truces',
  'deal',
  'deals',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'pact',
  'treaty',
  'armistice',
  'swap',
  'exchange',
  'settlement',
]);

// Words that may stand between a passive subject's noun and its participle ("the deal, which was brokered by").
const PASSIVE_LINKS = new Set([
  ',',
  'was',
  'were',
  'is',
  'are',
  'been',
  'had',
  'has',
  'have',
  'being',
  'first',
  'also',
]);

// How many words a mediating verb's object may run before its noun ("mediated a new 30-day truce").
const OBJECT_REACH = 4;

/**
 * The agreement noun a CONSULT trigger's mediating verb governs, or -1: its object ("Turkey brokered the grain
 * deal", "Egypt mediated a truce") or its passive subject, reduced relative or aside ("the ceasefire brokered by
 * Qatar", "the swap was mediated by the UAE", "the truce, mediated by Egypt,").
 */
export function mediatedAgreementNoun(match: TriggerMatch, tokens: readonly Token[]): number {
  if (match.trigger.type !== 'CONSULT') return -1;
  let verb = -1;
  for (let j = match.tokenStart; j < match.tokenEnd; j++) if (MEDIATION_VERBS.has(tokens[j]!.lower)) verb = j;
  if (verb < 0) return -1;
  if (tokens[verb + 1]?.lower === 'by') {
    let j = verb - 1;
    while (j > 0 && PASSIVE_LINKS.has(tokens[j]!.lower)) j--;
    return AGREEMENT_NOUNS.has(tokens[j]?.lower ?? '') ? j : -1;
  }
  for (let j = verb + 1; j <= Math.min(tokens.length - 1, verb + OBJECT_REACH); j++) {
    if (AGREEMENT_NOUNS.has(tokens[j]!.lower)) return j;
    if (!tokens[j]!.isWord && tokens[j]!.text !== '-') return -1;
  }
  return -1;
}

/**
 * Whether a CONSULT is the mediating of an agreement, kept with its mediator alone as a hosted meeting is. An aim
 * ("working to broker a deal") is not: with no sides named it would stand beside, and be joined to, whatever
 * meeting of the mediator the article reports that day.
 */
export function isMediatedAgreement(match: TriggerMatch, tokens: readonly Token[]): boolean {
  if (tokens[match.tokenStart - 1]?.lower === 'to') return false;
  return mediatedAgreementNoun(match, tokens) >= 0;
}

// "withdrew under a deal brokered by Russia", "freed hostages as part of a truce mediated by Egypt".
const ACTING_UNDER = new Set(['under', 'despite', 'within']);
const ACTING_UNDER_PHRASES = [
  ['as', 'part', 'of'],
  ['in', 'line', 'with'],
];

/**
 * "Armenian troops withdrew from four villages under a deal brokered by Russia": the mediator of the agreement a
 * party acts under met that party's side. A mediator with no one met takes the side of the source of the act the
 * agreement's phrase ends, the act just before it in the sentence.
 */
export function withMediatedAgreementParties(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  if (!drafts.some((d) => d.type === 'CONSULT' && d.target.length === 0)) return drafts;
  return drafts.map((draft) => {
    if (draft.type !== 'CONSULT' || draft.target.length > 0 || draft.source.length === 0) return draft;
    const noun = mediatedAgreementNoun(draft.match, draft.tokens);
    if (noun < 0) return draft;
    const under = actingUnderAt(draft.tokens, noun);
    if (under < 0) return draft;
    const mediators = new Set(draft.source.map((p) => p.actorId));
    const act = drafts.findLast(
      (d) =>
        d !== draft &&
        d.sentence === draft.sentence &&
        d.match.tokenEnd <= under &&
        d.source.length > 0 &&
        d.source.every((p) => !mediators.has(p.actorId)),
    );
    if (!act) return draft;
    // A mediator deals with the side, not its troops ("Armenian troops withdrew under a deal": Armenia).
    const sides = act.source.map((p) => ({ ...p, actorId: sideOf(p.actorId) }));
    return { ...draft, target: sides.filter((p, i) => sides.findIndex((q) => q.actorId === p.actorId) === i) };
  });
}

/** The token opening "under", "despite" or "as part of" before the agreement noun's phrase, or -1. */
function actingUnderAt(tokens: readonly Token[], noun: number): number {
  for (let j = noun - 1; j >= Math.max(0, noun - 5); j--) {
    const word = tokens[j]!.lower;
    if (ACTING_UNDER.has(word)) return j;
    for (const phrase of ACTING_UNDER_PHRASES)
      if (wordsAt(tokens, j - phrase.length + 1, phrase)) return j - phrase.length + 1;
    if (!tokens[j]!.isWord && tokens[j]!.text !== '-') return -1;
  }
  return -1;
}
