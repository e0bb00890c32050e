import type { EventDraft } from './event-records.ts';

// "The EU agreed on Thursday to ban imports of Russian gas", "Canada decided to impose tariffs on Chinese cars",
// "the Security Council voted to impose an arms embargo": a sanction is a decision of the body that imposes it, so
// its agreeing, deciding or voting to sanction is the sanction taken, on that day, even when the measure applies
// later (PLOVER codes the decision; a stated intent would make it a threat besides). A pledge or a promise to
// sanction ("pledged to sanction") stays one, and so does a decision still to come ("is expected to agree to").
const DECIDING = new Set(['agreed', 'agree', 'agrees', 'decided', 'decide', 'decides', 'voted', 'votes', 'resolved']);
// Words before the deciding verb that put the decision itself off or in doubt.
const NOT_YET = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'shall', 'should', 'not', "n't", 'never']);
// How far back from the act's "to" the deciding verb may stand ("agreed at their summit in Brussels on Friday to").
const REACH = 8;

/** Each planned or hypothetical SANCTION under a deciding verb of its own source, read as taken (occurred). */
export function withDecidedSanctions(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'SANCTION' || (d.modality !== 'planned' && d.modality !== 'hypothetical')) return d;
    const verb = decidingVerb(d);
    return verb ? { ...d, modality: 'occurred', modalityCue: `${verb} to: a decision to sanction is the sanction` } : d;
  });
}

/** The deciding verb that governs the act's "to", with no modal or negation before it; null if none. */
function decidingVerb({ tokens, match, source }: EventDraft): string | null {
  const to = match.tokenStart - 1;
  if (tokens[to]?.lower !== 'to' || source.length === 0) return null;
  for (let j = to - 1; j >= Math.max(0, to - REACH); j--) {
    const word = tokens[j]!.lower;
    if (word === ',' || word === ';') return null;
    if (!DECIDING.has(word)) continue;
    return NOT_YET.has(tokens[j - 1]?.lower ?? '') ? null : word;
  }
  return null;
}
