import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// "India denied that its jets had been shot down, calling the Pakistani claim false", "Moscow denied that its
// warship had been sunk, dismissing Ukraine's claims": the act denied is told in the passive with no agent, but the
// sentence names whose claim it is, and the claimant is the one said to have done it. The act stays denied; with no
// claim named it keeps no agent.
const CLAIMED_TYPES = new Set<PloverType>(['ASSAULT', 'COERCE']);
const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'statement',
  'statements',
  'assertion',
  'assertions',
  'allegation',
  'allegations',
  'report',
  'reports',
  'account',
  'version',
]);
// Words between the owner and the claim noun: "Pakistan's latest claims", "the Azerbaijani official statement".
const BETWEEN = /^(latest|new|earlier|repeated|official|false|fresh|initial|recent|such)$/;

/** The party owning a claim noun of the sentence ("the Pakistani claim", "Ukraine's claims"), else null. */
function claimant(d: EventDraft, mentions: readonly ActorMention[]): ActorMention | null {
  const { tokens } = d;
  for (let c = 1; c < tokens.length; c++) {
    if (!CLAIM_NOUNS.has(tokens[c]!.lower)) continue;
    let j = c - 1;
    while (j > 0 && BETWEEN.test(tokens[j]!.lower)) j--;
    const possessive = tokens[j]!.lower === "'s" || tokens[j]!.lower === '’s';
    const end = possessive ? j : j + 1;
    const owner = mentions.find((m) => m.tokenEnd === end);
    if (owner) return owner;
  }
  return null;
}

/** Gives a denied agentless act of force the party whose claim of it the sentence names. */
export function withClaimedAgents(
  drafts: EventDraft[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  return drafts.map((d) => {
    if (!CLAIMED_TYPES.has(d.type) || d.modality !== 'denied' || d.source.length > 0 || d.target.length === 0) return d;
    const owner = claimant(d, mentions);
    if (!owner) return d;
    const side = sideOf(owner.actorId);
    if (d.target.some((p) => sideOf(p.actorId) === side)) return d;
    const source: Participant[] = [
      { actorId: owner.actorId, span: { start: owner.start, end: owner.end }, via: owner.via },
    ];
    return { ...d, source };
  });
}
