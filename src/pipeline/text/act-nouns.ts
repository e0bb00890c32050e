import type { Token } from './tokens.ts';

// Nouns for what a government decides or does: whoever owns one acts ("Seoul's decision to switch off",
// "Moscow's refusal to extend"). A place owns none of them, so a capital that does is its government.
const ACT_NOUNS = new Set([
  'decision',
  'move',
  'plan',
  'plans',
  'refusal',
  'offer',
  'bid',
  'attempt',
  'pledge',
  'promise',
  'threat',
  'demand',
  'call',
  'proposal',
  'order',
  'announcement',
  'choice',
  'readiness',
  'willingness',
  'effort',
  'efforts',
  'agreement',
  'vow',
  'role',
  'leadership',
  'mediation',
  'stance',
  'position',
  'policy',
  'actions',
]);

/**
 * The act noun owned by a possessive at `possessive` ("'s"), past adjectives ("Seoul's sudden decision"):
 * its index, or -1 when the possessed noun names no act.
 */
export function ownedActNoun(tokens: Token[], possessive: number): number {
  if (!/^['’]s$/.test(tokens[possessive]?.text ?? '')) return -1;
  for (let k = possessive + 1; k < Math.min(tokens.length, possessive + 4); k++) {
    if (ACT_NOUNS.has(tokens[k]!.lower)) return k;
    if (tokens[k]!.pos !== 'ADJ') return -1;
  }
  return -1;
}
