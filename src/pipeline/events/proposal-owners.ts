import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// What one party puts to another to accept or refuse.
const PROPOSALS = new Set([
  'proposal',
  'proposals',
  'offer',
  'offers',
  'plan',
  'initiative',
  'terms',
  'ultimatum',
  'draft',
  'compromise',
]);
// Words between the verb and the proposal noun: "accepted the latest proposal", "rejected a new offer".
const BEFORE_NOUN = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'latest',
  'new',
  'revised',
  'final',
  'ceasefire',
  'peace',
  'truce',
]);
const REACH = 4;

/**
 * "Witkoff told reporters that Moscow had rejected the offer", "Qatar's prime minister said Hamas had accepted
 * the proposal": a party that accepts or refuses a proposal nobody is named as making answers the one who
 * reports it, when the speaker is of another side: who tells of the answer is who put the question. Gives such
 * an AGREE or REJECT with no target the speaker's side.
 */
export function withSpeakerAsProposer(
  drafts: EventDraft[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (!drafts.some(needsProposer)) return drafts;
  return drafts.map((draft) => {
    if (!needsProposer(draft) || !answersUnownedProposal(draft, mentions)) return draft;
    const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
    const speakers = draft.saidBy!.filter((p) => !p.actorId.startsWith('unresolved:') && !own.has(sideOf(p.actorId)));
    const sides = new Set(speakers.map((p) => sideOf(p.actorId)));
    if (sides.size !== 1) return draft;
    const target: Participant = { actorId: [...sides][0]!, span: speakers[0]!.span, via: 'anaphora' };
    return { ...draft, target: [target] };
  });
}

function needsProposer(draft: EventDraft): boolean {
  return (
    (draft.type === 'AGREE' || draft.type === 'REJECT') &&
    draft.source.length > 0 &&
    draft.target.length === 0 &&
    (draft.saidBy?.length ?? 0) > 0
  );
}

/** The trigger's object is a proposal noun that no name, adjective or possessive gives an owner. */
function answersUnownedProposal(draft: EventDraft, mentions: readonly ActorMention[]): boolean {
  const { match, tokens } = draft;
  const from = match.verbToken ?? match.tokenStart;
  for (let k = from + 1; k < Math.min(tokens.length, match.tokenEnd + REACH); k++) {
    const word = tokens[k]!.lower;
    if (mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd)) return false;
    if (PROPOSALS.has(word)) return true;
    if (k >= match.tokenEnd && !BEFORE_NOUN.has(word)) return false;
  }
  return false;
}
