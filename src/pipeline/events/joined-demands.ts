import type { EventDraft } from './event-records.ts';
import { isObligationMatch } from './obligation-demands.ts';

// "Khartoum has not accepted the plan and says the RSF must leave the cities": the demand's verb of saying is
// joined by "and" or "but" to an earlier verb, whose subject says it. The lexicon reads "says ... X must" as a word
// entry (the verb slot takes an -s form after "and" for a plural noun), which shares no subject, so the demand had
// no one making it; and a negation of the earlier verb ("has not accepted") is not the saying's.
const CONJUNCTIONS = new Set(['and', 'but']);
// Words that may stand between the conjunction and the verb of saying: "and now says", "but also insists".
const BETWEEN = new Set(['also', 'now', 'still', 'then', 'later', 'again', 'further', 'repeatedly']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no']);

/** The conjunction before the demand's verb of saying, past adverbs, else -1. */
function conjunctionBefore(draft: EventDraft): number {
  let k = draft.match.tokenStart - 1;
  while (k > 0 && BETWEEN.has(draft.tokens[k]!.lower)) k--;
  return CONJUNCTIONS.has(draft.tokens[k]?.lower ?? '') ? k : -1;
}

/** The subject of the verb before the conjunction: its source, or its target when the verb reads in reverse. */
function subjectBefore(drafts: EventDraft[], demand: EventDraft, conjunction: number): EventDraft['source'] {
  let before: EventDraft | null = null;
  for (const d of drafts) {
    if (d === demand || d.sentence !== demand.sentence || d.match.trigger.isNoun) continue;
    if (d.match.tokenEnd > conjunction || d.tokens[d.match.tokenStart - 1]?.lower === 'to') continue;
    if (!before || d.match.tokenStart > before.match.tokenStart) before = d;
  }
  if (!before) return [];
  return before.match.trigger.direction === 'reverse' && before.target.length > 0 ? before.target : before.source;
}

/** Gives a joined demand with no party making it the earlier verb's subject, and undoes a negation not its own. */
export function withJoinedDemanders(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'REQUEST' || !isObligationMatch(d.match, d.tokens)) return d;
    const conjunction = conjunctionBefore(d);
    if (conjunction < 0) return d;
    const source = d.source.length > 0 ? d.source : subjectBefore(drafts, d, conjunction);
    const ownNegation = d.tokens.slice(conjunction + 1, d.match.tokenStart).some((t) => NEGATIONS.has(t.lower));
    const negatedBefore = d.modality === 'denied' && !ownNegation;
    if (source === d.source && !negatedBefore) return d;
    return {
      ...d,
      source,
      ...(negatedBefore ? { modality: 'occurred' as const, modalityCue: 'a demand said after "and"' } : {}),
    };
  });
}
