import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// "Tehran said the latest US sanctions were illegal", "the Indian claims are false, Pakistan's army said": a
// speaker who judges another party's act as unlawful accuses that party (PLOVER ACCUSE, CAMEO 111 "criticize or
// denounce"), and one who judges another's charge or demand as false rejects it (REJECT, CAMEO 12). The lexicon
// reads the judgment "<noun> were <judgment>"; the noun's own modifier names whose act or charge is judged,
// so that party is the target, never the actor, and the one who says it is the actor.
const COPULAS = new Set(['was', 'is', 'were', 'are']);
// Words that may stand inside the judged noun's phrase besides its owner: "the latest", "any further", "new".
const PHRASE_STARTERS = new Set(['the', 'a', 'an', 'any', 'these', 'those', 'this', 'that', 'such', 'all']);
// How far before the noun its modifiers may reach ("the new package of EU sanctions" is not read).
const PHRASE_SPAN = 5;

/** A judgment drafted with the owner of what is judged as its actor, given the speaker as actor instead. */
export function withJudgeAsSource(draft: EventDraft, mentions: ActorMention[]): EventDraft {
  const { match, tokens } = draft;
  if ((draft.type !== 'ACCUSE' && draft.type !== 'REJECT') || !match.trigger.isNoun) return draft;
  if (!COPULAS.has(tokens[match.tokenStart + 1]?.lower ?? '')) return draft;
  const owners = ownersBefore(match.tokenStart, tokens, mentions);
  if (owners.length === 0) return draft;
  const isOwner = (p: Participant) => owners.some((o) => o.actorId === p.actorId);
  const judges = [...(draft.saidBy ?? []), ...draft.source, ...draft.target].filter(
    (p, i, all) => !isOwner(p) && all.findIndex((q) => q.actorId === p.actorId) === i && p.span !== null,
  );
  // The speaker is named outside the judged clause: before the noun phrase or after the judgment.
  const speakers = judges.filter((p) => !insideClause(p, draft));
  return {
    ...draft,
    source: speakers,
    target: owners,
    saidBy: undefined,
    modality: 'occurred',
    modalityCue: `judged (${tokens[match.tokenEnd - 1]!.lower})`,
    ...(draft.statementDate ? { date: draft.statementDate } : {}),
  };
}

/** The parties named in the judged noun's own phrase: "the American accusations", "Congo's allegations". */
function ownersBefore(noun: number, tokens: Token[], mentions: ActorMention[]): Participant[] {
  const owners: Participant[] = [];
  for (let j = noun - 1; j >= Math.max(0, noun - PHRASE_SPAN); j--) {
    const token = tokens[j]!;
    if (PHRASE_STARTERS.has(token.lower) || !token.isWord) {
      if (/^['’]s$/.test(token.text)) continue;
      break;
    }
    const mention = mentions.find((m) => m.tokenEnd === j + 1);
    if (mention) {
      owners.unshift({ actorId: mention.actorId, span: { start: mention.start, end: mention.end }, via: mention.via });
      j = mention.tokenStart;
      continue;
    }
    // Only descriptive words before the noun: a verb or a capitalised unknown word ends the phrase.
    if (token.capitalised || token.pos === 'VERB' || token.pos === 'AUX') break;
  }
  return owners;
}

/** Whether a participant is named inside the judgment's own words ("... illegal and would only hurt Europe"). */
function insideClause(p: Participant, draft: EventDraft): boolean {
  const start = draft.tokens[draft.match.tokenStart]!.start;
  const end = draft.tokens[draft.match.tokenEnd - 1]!.end;
  const next = draft.tokens.findIndex((t) => t.start >= end && (t.text === ',' || t.text === '.'));
  const clauseEnd = next >= 0 ? draft.tokens[next]!.start : Infinity;
  return p.span!.start >= start && p.span!.start < clauseEnd;
}
