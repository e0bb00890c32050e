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

/** An attack an article reported: its attackers and those attacked. */
type Attack = { source: Participant[]; target: Participant[] };
/** The last few attacks an article reported, newest last. */
export type LastAttack = Attack[];

const ATTACKS_REMEMBERED = 6;

/**
 * Gives a reaction with no target whose object is a definite attack noun ("condemned the strikes") the attackers of
 * the attack the article reported last, when the reacting party is not one of them.
 */
export function withCondemnedAttackers(
  drafts: EventDraft[],
  last: LastAttack | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (!last || last.length === 0) return drafts;
  return drafts.map((d) => {
    if (!REACTIONS.has(d.type) || d.target.length > 0 || d.source.length === 0) return d;
    if (!pointsBackAtAttack(d)) return d;
    const own = new Set(d.source.map((p) => sideOf(p.actorId)));
    const attack = attackReactedTo(last, own, sideOf);
    const attackers = attack.source.filter((p) => !own.has(sideOf(p.actorId)));
    if (attackers.length === 0 || attackers.length < attack.source.length) return d;
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

/**
 * "Doha condemned the attack": the latest attack on the reacting party's own side ("Iran fired missiles at a base in
 * Qatar, two days after the US bombed Iran"), else the latest attack reported.
 */
function attackReactedTo(attacks: LastAttack, own: Set<string>, sideOf: (actorId: string) => string): Attack {
  for (let i = attacks.length - 1; i >= 0; i--)
    if (attacks[i]!.target.some((p) => own.has(sideOf(p.actorId)))) return attacks[i]!;
  return attacks.at(-1)!;
}

/** The attacks to remember after a sentence: those it reported as done that name their attackers. */
export function lastAttackOf(drafts: EventDraft[], before: LastAttack | null): LastAttack | null {
  const done = drafts.filter((d) => d.type === 'ASSAULT' && d.modality === 'occurred' && d.source.length > 0);
  if (done.length === 0) return before;
  return [...(before ?? []), ...done.map((d) => ({ source: d.source, target: d.target }))].slice(-ATTACKS_REMEMBERED);
}
