import type { EventDraft } from './event-records.ts';

// Nouns that name a charge, and "which" standing for one: "a charge Phnom Penh denied", ", which Belgrade denied".
const CHARGE_WORDS = new Set([
  'charge',
  'charges',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'which',
]);

/**
 * "Kinshasa accused Kigali of arming the M23, a charge Rwanda rejects": the denial of a charge rejects the one
 * who made it, the source of the sentence's accusation before it, not the party named nearest ("the M23").
 * A denial with no accusation before it in its sentence keeps its parties.
 */
export function withAccusersAsTargets(drafts: EventDraft[]): EventDraft[] {
  if (!drafts.some(isDeniedCharge)) return drafts;
  return drafts.map((d) => {
    if (!isDeniedCharge(d)) return d;
    const deniers = new Set(d.source.map((p) => p.actorId));
    const accusation = drafts.findLast(
      (a) =>
        a.type === 'ACCUSE' &&
        a.match.tokenStart < d.match.tokenStart &&
        a.source.length > 0 &&
        a.source.every((p) => !deniers.has(p.actorId)),
    );
    return accusation ? { ...d, target: accusation.source } : d;
  });
}

function isDeniedCharge(d: EventDraft): boolean {
  if (d.type !== 'REJECT') return false;
  // "a charge Rwanda rejects", and "Rwanda, accused by Kinshasa of ..., denied the charge".
  const first = d.tokens[d.match.tokenStart]?.lower ?? '';
  const last = d.tokens[d.match.tokenEnd - 1]?.lower ?? '';
  return CHARGE_WORDS.has(first) || (last !== 'which' && CHARGE_WORDS.has(last));
}
