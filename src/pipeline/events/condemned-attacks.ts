import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Nouns by which a reaction points back at an attack the article told before: "Iran condemned the strikes",
// "the UN denounced the attack". Each names the act, not a party; its attacker is the one reacted against.
const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'bombing',
  'bombings',
  'shelling',
  'raid',
  'raids',
  'incursion',
  'offensive',
  'assault',
  'killing',
  'killings',
  'massacre',
]);
const REACTIONS = new Set(['ACCUSE', 'PROTEST', 'THREATEN']);
// Words between the reaction's verb and the noun: "condemned the deadly strikes", "denounced Sunday's attack".
const DETERMINERS = new Set(['the', 'these', 'this', 'those', 'that', 'its', 'their']);

/** The attack an article reported last: its attackers and those attacked. */
export type LastAttack = { source: Participant[]; target: Participant[] };

/**
 * Gives a reaction with no target whose object is a definite attack noun ("condemned the strikes") the attackers of
 * the attack the article reported last, when the reacting party is not one of them.
 */
export function withCondemnedAttackers(
  drafts: EventDraft[],
  last: LastAttack | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (!last || last.source.length === 0) return drafts;
  return drafts.map((d) => {
    if (!REACTIONS.has(d.type) || d.target.length > 0 || d.source.length === 0) return d;
    if (!pointsBackAtAttack(d)) return d;
    const own = new Set(d.source.map((p) => sideOf(p.actorId)));
    const attackers = last.source.filter((p) => !own.has(sideOf(p.actorId)));
    if (attackers.length === 0 || attackers.length < last.source.length) return d;
    return { ...d, target: attackers.map((p) => ({ actorId: p.actorId, span: p.span, via: 'anaphora' as const })) };
  });
}

/** "condemned the strikes", "denounced the deadly attack": a determiner, up to two words, then an attack noun. */
function pointsBackAtAttack(d: EventDraft): boolean {
  const { tokens } = d;
  let k = d.match.tokenEnd;
  if (!DETERMINERS.has(tokens[k]?.lower ?? '')) return false;
  for (const end = k + 3; ++k <= end && k < tokens.length;) {
    const token = tokens[k]!;
    // "the attack by Hamas" names its own attacker.
    if (ATTACK_NOUNS.has(token.lower)) return tokens[k + 1]?.lower !== 'by';
    if (!token.isWord || token.capitalised) return false;
  }
  return false;
}

/** The attack to remember after a sentence: the last one it reported that names its attackers. */
export function lastAttackOf(drafts: EventDraft[], before: LastAttack | null): LastAttack | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type === 'ASSAULT' && d.modality === 'occurred' && d.source.length > 0)
      return { source: d.source, target: d.target };
  }
  return before;
}
