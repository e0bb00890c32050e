import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';
import { disowns } from './modality.ts';

// "Islamabad said it had no connection to the gunmen who killed ...": what is denied is the disowning party's
// part in the act. An act read with no actor of its own takes that party as actor, as "Pakistan denied any role
// in the attack" does through its subject; an act another named party did ("no link to the rebels who seized
// Goma") still happened, and only the link is denied.
const HAVING = new Set(['had', 'has', 'have']);
const PRONOUNS = new Set(['it', 'they', 'we']);
const REACH = 8;

/** A denied act disowned by "X had no role in / connection to": X as its actor, or the act as reported. */
export function withDisowningSource(draft: EventDraft, mentions: ActorMention[]): EventDraft {
  if (draft.modality !== 'denied' || !draft.modalityCue.startsWith('no ')) return draft;
  const owner = disowner(draft, mentions);
  if (!owner) return draft;
  if (draft.source.length === 0) return { ...draft, source: owner, saidBy: undefined };
  if (draft.source.some((p) => owner.some((o) => o.actorId === p.actorId))) return draft;
  return { ...draft, modality: 'occurred', modalityCue: `reported as fact (${draft.modalityCue} disowned)` };
}

/** The party before "had no role in": a name, or the speaker a pronoun stands for. */
function disowner(draft: EventDraft, mentions: ActorMention[]): Participant[] | null {
  const { tokens, match } = draft;
  for (let j = match.tokenStart - 1; j >= Math.max(1, match.tokenStart - REACH); j--) {
    if (!disowns(tokens, j)) continue;
    const having = j - 2;
    if (!HAVING.has(tokens[having]?.lower ?? '')) return null;
    const owner = mentions.find((m) => m.tokenEnd === having && m.via !== 'adjective');
    if (owner) return [{ actorId: owner.actorId, span: { start: owner.start, end: owner.end }, via: owner.via }];
    return PRONOUNS.has(tokens[having - 1]?.lower ?? '') && draft.saidBy?.length ? draft.saidBy : null;
  }
  return null;
}
