import type { EventDraft } from './event-records.ts';

// Verbs that name the accused as their object and the charge after "of" or "for": "accused X of shelling",
// "blamed X for the attack", "charged X with spying" is an arrest's charge (charge-grounds.ts), not this.
const CHARGE_VERB = /^(accus|blam)/;
const CHARGE_PREPOSITIONS = new Set(['of', 'for']);
// How far after the verb the charge's preposition may stand ("accused the army of Mali on Thursday of").
const REACH = 10;

/**
 * "India accused its neighbour of sheltering militants": the act charged is the accused's, never the accuser's.
 * Where the participant finder found no accused party before the charge it took the sentence's subject, the
 * accuser; the charged act then takes the accusation's target (possibly none) as its source.
 */
export function withAccusedAsAgents(drafts: EventDraft[]): EventDraft[] {
  const accusations = drafts.filter((d) => d.type === 'ACCUSE' && chargeStart(d) >= 0);
  if (accusations.length === 0) return drafts;
  return drafts.map((draft) => {
    if (draft.type === 'ACCUSE') return draft;
    const charge = accusations.find((a) => a.sentence === draft.sentence && isCharged(draft, chargeStart(a)));
    if (!charge) return draft;
    const accusers = new Set(charge.source.map((p) => p.actorId));
    if (!draft.source.some((p) => accusers.has(p.actorId))) return draft;
    return { ...draft, source: charge.target.filter((p) => !accusers.has(p.actorId)) };
  });
}

// How far after "of" the act charged may begin ("of repeatedly and deliberately targeting").
const CHARGE_REACH = 4;
const CLAUSE_JOINS = new Set(['and', 'but', ',', ';']);

/**
 * Whether the draft is the act charged: it begins right after the charge's "of" or "for", and no "and" or comma
 * comes between ("accused Manila of provoking the clash and urged it to stop": the urging is the accuser's own).
 */
function isCharged(draft: EventDraft, start: number): boolean {
  const at = draft.match.tokenStart;
  if (start < 0 || at <= start || at - start > CHARGE_REACH) return false;
  for (let k = start + 1; k < at; k++) if (CLAUSE_JOINS.has(draft.tokens[k]!.lower)) return false;
  return true;
}

/** The token of "of" or "for" that opens the charge after an accusing verb; -1 when there is none. */
function chargeStart({ tokens, match }: EventDraft): number {
  const verb = match.verbToken ?? match.tokenStart;
  if (!CHARGE_VERB.test(tokens[verb]?.lower ?? '')) return -1;
  const last = Math.min(tokens.length, match.tokenEnd + REACH);
  for (let k = match.tokenEnd; k < last; k++) {
    if (CHARGE_PREPOSITIONS.has(tokens[k]!.lower)) return k;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') return -1;
  }
  return -1;
}
