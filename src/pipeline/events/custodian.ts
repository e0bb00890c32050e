import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { Participant } from './participants.ts';

/**
 * "A prisoner died as a result of torture in Egyptian police custody", "was beaten while in the custody of the
 * army": harm done to someone in custody is done by the custodian, as PLOVER and human-rights reporting code it.
 * The custodian is the actor named right before "custody" or right after "custody of". Only asked for violence
 * or coercion that names no author.
 */
export function custodianOf(tokens: Token[], mentions: ActorMention[]): Participant | null {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'custody') continue;
    const holder =
      mentions.find((m) => m.tokenEnd === k) ??
      (tokens[k + 1]?.lower === 'of' ? mentionAt(mentions, tokens, k + 2) : undefined);
    if (holder) return { actorId: holder.actorId, span: { start: holder.start, end: holder.end }, via: holder.via };
  }
  return null;
}

/** The mention at token `t`, or after "the" there. */
function mentionAt(mentions: ActorMention[], tokens: Token[], t: number): ActorMention | undefined {
  const at = tokens[t]?.lower === 'the' ? t + 1 : t;
  return mentions.find((m) => m.tokenStart === at);
}
