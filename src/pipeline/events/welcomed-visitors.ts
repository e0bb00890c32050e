import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

// PLOVER after CAMEO 042/043: welcoming or greeting a visitor on arrival is a meeting with the visitor as source.
// The lexicon reads it so when the visitor is a known actor ("{welcome} X at|in|,"); a person the gazetteer lacks
// is found only after the triggers, so the bare "welcomed" (approval, SUPPORT) took the sentence.
const WELCOMING = /^(welcom|greet)/;
// What may follow the visitor's name: the place, the occasion, an appositive or the end.
const AFTER_VISITOR = new Set(['at', 'in', 'on', 'upon', 'during', 'to', ',', '.']);
// Capitalised heads of things one welcomes as approval, not of people ("welcomed Resolution 2417").
const THING_HEADS =
  /^(accords?|agreements?|acts?|plans?|resolutions?|declarations?|deals?|treat(y|ies)|initiatives?|process|framework|summit|conference|talks|charter|protocol|statement|report|decisions?|day)$/i;

/**
 * "Ruto welcomed Jan Kowalski, the Polish envoy, in Nairobi": welcoming a named person the gazetteer lacks, right
 * after the verb and followed by a place, an appositive or the end, is a visit (CONSULT) by that person to the
 * one who welcomes, not praise of them.
 */
export function asWelcomedVisitor(draft: EventDraft): EventDraft {
  const { match, tokens } = draft;
  if (draft.type !== 'SUPPORT' || match.verbToken === null || match.tokenEnd !== match.verbToken + 1) return draft;
  if (!WELCOMING.test(tokens[match.verbToken]!.lower) || draft.target.length !== 1) return draft;
  const visitor = draft.target[0]!;
  if (visitor.via !== 'unresolved' || !visitor.span) return draft;
  const first = tokens[match.tokenEnd];
  const last = tokenEndingAt(tokens, visitor.span.end);
  if (first?.start !== visitor.span.start || last < 0) return draft;
  const words = tokens.slice(match.tokenEnd, last + 1).filter((t) => t.isWord);
  if (words.length < 2 || words.some((t) => THING_HEADS.test(t.text) || t.pos === 'NUM')) return draft;
  if (!AFTER_VISITOR.has(tokens[last + 1]?.lower ?? '.')) return draft;
  return { ...draft, type: 'CONSULT', mode: 'visit', source: draft.target, target: draft.source };
}

function tokenEndingAt(tokens: Token[], end: number): number {
  return tokens.findIndex((t) => t.end === end);
}
